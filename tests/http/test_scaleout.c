/* test_scaleout — csto replicas are stateless and interchangeable:
 *  - two replicas of one corpus give identical bodies and ETags;
 *  - behind a real nginx (Debian package) on loopback, a client keeps
 *    getting 200s while one replica is stopped (SIGTERM) and started again
 *    on the same port: not one request fails.
 * nginx runs in the foreground from a temporary prefix with a config
 * written here (the same upstream settings as deploy/nginx/csto-replicas.conf). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tests/common/harness.h"

static unsigned free_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t n = sizeof a;
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) || getsockname(fd, (struct sockaddr *)&a, &n)) return 0;
    close(fd);
    return ntohs(a.sin_port);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

typedef struct load {
    char url[256];
    atomic_int stop;
    atomic_long ok, failed;
} load;

static void *client(void *arg)
{
    load *l = arg;
    while (!atomic_load(&l->stop)) {
        http_reply r;
        if (http_get(l->url, &r) == 0 && r.status == 200) atomic_fetch_add(&l->ok, 1);
        else {
            atomic_fetch_add(&l->failed, 1);
            fprintf(stderr, "failed request: status %ld\n", r.status);
        }
        http_reply_free(&r);
    }
    return NULL;
}

static void test_replicas_behind_nginx(void **state)
{
    csto_server a, b;
    char listen_a[64];
    const char *args[] = {"--corpus", "corpus", "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&a, args, 30000), 0);
    assert_int_equal(server_start(&b, args, 30000), 0);

    /* identical bodies and ETags */
    const char *paths[] = {"/api/v1/meetings", "/api/v1/officials?sort=name", "/api/v1/members/kazakhstan"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        char ua[256], ub[256], ea[128] = "", eb[128] = "";
        snprintf(ua, sizeof ua, "%s%s", a.base, paths[i]);
        snprintf(ub, sizeof ub, "%s%s", b.base, paths[i]);
        http_reply ra, rb;
        assert_int_equal(http_get(ua, &ra), 0);
        assert_int_equal(http_get(ub, &rb), 0);
        assert_int_equal(ra.status, 200);
        assert_string_equal(sbuf_str(&ra.body), sbuf_str(&rb.body));
        http_header(&ra, "ETag", ea, sizeof ea);
        http_header(&rb, "ETag", eb, sizeof eb);
        assert_true(ea[0]);
        assert_string_equal(ea, eb);
        http_reply_free(&ra);
        http_reply_free(&rb);
    }

    /* nginx in front of both */
    char prefix[] = "/tmp/csto-nginx-XXXXXX", conf[256];
    assert_non_null(mkdtemp(prefix));
    unsigned port = free_port();
    assert_true(port > 0);
    snprintf(conf, sizeof conf, "%s/nginx.conf", prefix);
    FILE *f = fopen(conf, "w");
    assert_non_null(f);
    fprintf(f,
            "daemon off;\nworker_processes 1;\nerror_log %s/error.log;\npid %s/nginx.pid;\n"
            "events { worker_connections 256; }\n"
            "http {\n access_log off;\n client_body_temp_path %s; proxy_temp_path %s; fastcgi_temp_path %s;\n"
            " uwsgi_temp_path %s; scgi_temp_path %s;\n"
            " upstream csto { server 127.0.0.1:%u max_fails=1 fail_timeout=2s; server 127.0.0.1:%u max_fails=1 fail_timeout=2s; keepalive 16; }\n"
            " server { listen 127.0.0.1:%u; location / { proxy_pass http://csto; proxy_http_version 1.1;\n"
            "   proxy_set_header Connection \"\"; proxy_next_upstream error timeout http_502 http_503 http_504;\n"
            "   proxy_next_upstream_tries 2; proxy_connect_timeout 1s; proxy_read_timeout 10s; } }\n}\n",
            prefix, prefix, prefix, prefix, prefix, prefix, prefix, a.port, b.port, port);
    fclose(f);
    pid_t ng = fork();
    if (ng == 0) {
        execl("/usr/sbin/nginx", "nginx", "-p", prefix, "-c", conf, (char *)NULL);
        _exit(127);
    }
    load l = {.stop = 0};
    snprintf(l.url, sizeof l.url, "http://127.0.0.1:%u/api/v1/meetings?limit=5", port);
    int up = 0;
    for (double t0 = now(); now() - t0 < 10 && !up;) {
        http_reply r;
        up = http_get(l.url, &r) == 0 && r.status == 200;
        http_reply_free(&r);
        if (!up) usleep(20000);
    }
    assert_true(up);

    pthread_t th[2];
    for (int i = 0; i < 2; i++) pthread_create(&th[i], NULL, client, &l);
    usleep(300000);
    unsigned port_a = a.port;
    assert_int_equal(server_stop(&a), 0); /* replica A goes away under load */
    usleep(500000);
    snprintf(listen_a, sizeof listen_a, "127.0.0.1:%u", port_a);
    const char *again[] = {"--corpus", "corpus", "--data", "data", "--static", "static", "--quiet",
                           "--listen", listen_a, NULL};
    int restarted = server_start(&a, again, 30000);
    usleep(500000);
    atomic_store(&l.stop, 1);
    for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
    printf("scale-out: %ld requests through nginx, %ld failed, replica restarted: %s\n", atomic_load(&l.ok),
           atomic_load(&l.failed), restarted == 0 ? "yes" : "no");

    kill(ng, SIGQUIT);
    waitpid(ng, NULL, 0);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf %s", prefix);
    if (system(cmd)) { /* best effort */ }
    assert_int_equal(restarted, 0);
    assert_true(atomic_load(&l.ok) > 50);
    assert_int_equal(atomic_load(&l.failed), 0);
    assert_int_equal(server_stop(&a), 0);
    assert_int_equal(server_stop(&b), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_replicas_behind_nginx)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
