# csto container image: the same build as the Makefile (scripts/deps.sh installs
# the Debian packages, `make` builds build/csto), then a runtime stage with only
# the shared libraries, a non-root user, and the corpus as a volume.
#
#   docker build -t csto .
#   docker run --rm -p 8080:8080 -v "$PWD/corpus:/var/lib/csto/corpus:ro" csto

FROM debian:bookworm-slim AS build
WORKDIR /src
COPY scripts/ scripts/
COPY Makefile ./
RUN sh scripts/deps.sh build-essential pkg-config libmicrohttpd-dev libjansson-dev libsqlite3-dev zlib1g-dev libicu-dev libstemmer-dev libxxhash-dev python3 libgoogle-perftools-dev
COPY model/ model/
COPY handlers/ handlers/
COPY server/ server/
# the profile-guided build (Makefile, PGO) trains the extractor on corpus/ and generated articles
COPY data/ data/
COPY corpus/ corpus/
COPY bench/extract_speed.c bench/gen_corpus.py bench/
RUN make -j"$(nproc)" build/csto

FROM debian:bookworm-slim AS runtime
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends libmicrohttpd12 libjansson4 libsqlite3-0 zlib1g libicu72 libstemmer0d libxxhash0 libtcmalloc-minimal4 curl ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /var/lib/csto --shell /usr/sbin/nologin csto
COPY --from=build /src/build/csto /usr/bin/csto
COPY data/ /usr/share/csto/data/
COPY static/ /usr/share/csto/static/
COPY corpus/ /var/lib/csto/corpus/
COPY deploy/docker/healthcheck.sh /usr/bin/csto-healthcheck
ENV CSTO_CORPUS=/var/lib/csto/corpus \
    CSTO_LISTEN=0.0.0.0:8080 \
    CSTO_DATA=/usr/share/csto/data \
    CSTO_STATIC=/usr/share/csto/static
VOLUME ["/var/lib/csto/corpus"]
USER csto
EXPOSE 8080
# follows CSTO_LISTEN (docker run -e CSTO_LISTEN=0.0.0.0:9000 checks port 9000)
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["/usr/bin/csto-healthcheck"]
ENTRYPOINT ["/usr/bin/csto"]
CMD ["serve"]
