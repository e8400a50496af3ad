/* static_files — serves the explorer's files from one fixed directory.
 *
 * The path arrives percent-decoded (so "%2e%2e" is already ".."), which is
 * why the checks run on the decoded form: any "." or ".." segment, any
 * hidden segment (".git"), a backslash or a control character is refused
 * before the path is joined to the root, so the file opened is always the
 * root plus a plain relative path below it.  Directories are never listed:
 * "/" and ".../" serve index.html; a directory asked for without the final
 * slash serves its index.html too.  Symbolic links inside the root are
 * followed (packagers link shared assets in); the root is the administrator's.
 * The file goes out as an fd (the server uses sendfile-style responses). */
#include "handlers/handlers.h"

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "handlers/responses.h"

int static_path_check(const char *path)
{
    if (!path || path[0] != '/')
        return 400;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++)
        if (*p == '\\' || *p < 0x20 || *p == 0x7f)
            return 400;
    /* check each segment */
    for (const char *seg = path + 1; seg;) {
        const char *end = strchr(seg, '/');
        size_t len = end ? (size_t)(end - seg) : strlen(seg);
        if ((len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.'))
            return 400;
        if (len > 0 && seg[0] == '.')
            return 404; /* hidden files are not served */
        seg = end ? end + 1 : NULL;
    }
    return 0;
}

const char *static_content_type(const char *name)
{
    static const struct {
        const char *ext, *type;
    } types[] = {
        {"html", "text/html; charset=utf-8"},
        {"htm", "text/html; charset=utf-8"},
        {"css", "text/css; charset=utf-8"},
        {"js", "text/javascript; charset=utf-8"},
        {"mjs", "text/javascript; charset=utf-8"},
        {"json", "application/json; charset=utf-8"},
        {"map", "application/json; charset=utf-8"},
        {"txt", "text/plain; charset=utf-8"},
        {"svg", "image/svg+xml"},
        {"png", "image/png"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"gif", "image/gif"},
        {"webp", "image/webp"},
        {"ico", "image/x-icon"},
        {"woff", "font/woff"},
        {"woff2", "font/woff2"},
        {"wasm", "application/wasm"},
    };
    const char *slash = strrchr(name, '/');
    const char *dot = strrchr(slash ? slash : name, '.');
    if (dot)
        for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
            if (strcasecmp(dot + 1, types[i].ext) == 0)
                return types[i].type;
    return "application/octet-stream";
}

/* Opens root+rel (a checked path) as a regular file; a directory yields its
 * index.html.  Returns the fd (the caller owns it) with *st filled and the
 * served name in `name`, or -1. */
static int open_regular(const char *root, const char *rel, char *name, size_t namelen,
                        struct stat *st)
{
    int n = snprintf(name, namelen, "%s%s", root, rel);
    if (n < 0 || (size_t)n >= namelen)
        return -1;
    if (name[n - 1] == '/' && (size_t)n + sizeof "index.html" <= namelen)
        strcat(name, "index.html");
    for (int tries = 0; tries < 2; tries++) {
        int fd = open(name, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
            return -1;
        int ok = fstat(fd, st) == 0;
        if (ok && S_ISREG(st->st_mode))
            return fd;
        int is_dir = ok && S_ISDIR(st->st_mode);
        close(fd);
        size_t len = strlen(name);
        if (!is_dir || len + sizeof "/index.html" > namelen)
            return -1;
        strcat(name, "/index.html");
    }
    return -1;
}

void handle_static(const http_request *req, http_response *resp)
{
    int bad = static_path_check(req->path);
    if (bad) {
        resp_problem(resp, (unsigned)bad,
                     bad == 400 ? "the path has a '.' or '..' segment, a backslash or a control "
                                  "character"
                                : "no such file",
                     NULL);
        return;
    }
    if (!req->static_root) {
        resp_problem(resp, 404, "no such file", NULL);
        return;
    }
    char name[PATH_MAX];
    struct stat st;
    int fd = open_regular(req->static_root, req->path, name, sizeof name, &st);
    if (fd < 0) {
        resp_problem(resp, 404, "no such file", NULL);
        return;
    }
    http_response_clear(resp);
    resp->status = 200;
    resp->content_type = static_content_type(name);
    resp->fd = fd;
    resp->fd_size = (size_t)st.st_size;
}

/* GET /openapi.json: the OpenAPI document, a file shipped in the data
 * directory (req->openapi_path), sent as it is. */
void handle_openapi(const http_request *req, http_response *resp)
{
    int fd = req->openapi_path ? open(req->openapi_path, O_RDONLY | O_CLOEXEC | O_NONBLOCK) : -1;
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0)
            close(fd);
        resp_problem(resp, 404, "the OpenAPI document is not installed", NULL);
        return;
    }
    http_response_clear(resp);
    resp->status = 200;
    resp->content_type = JSON_TYPE;
    resp->fd = fd;
    resp->fd_size = (size_t)st.st_size;
    resp->cache_control = "public, max-age=300";
}
