/* cache.c — the cache of parsed reports (see cache.h). Layout under the
 * cache folder:
 *   b-<build>/c/<32 hex>   an entry: the documents of one file content
 *   b-<build>/s/<16 hex>   a symbolic link to an entry's name, named by a
 *                          file's identity (device, inode, size, times)
 *   b-<build>/.tmp.*       an entry or a link being written
 *   b-<build>/c/x<32 hex>  a corpus's index and pairing (cache_corpus.c)
 * <build> is the binary's GNU build id (a new build parses afresh: what
 * the pipeline makes changes with the code); older builds' entries age
 * out by the same least-recently-used eviction. An entry: a header
 * (cache_head), then the payload: the documents' records
 * (model/doc_pack.h) one after another, or, for a file the pipeline
 * refused, the reason. This file: the folder opened, names, reading and
 * writing entries; cache_folder.c the folder as a whole (eviction, info,
 * clear), cache_corpus.c a corpus's entry. */
#include "cache_impl.h"

#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "doc_pack.h"

/* The first bytes of every entry. */
static const char MAGIC[8] = {'B', 'A', 'O', 'G', 'A', 'O', 'C', '\x1a'};

/* This thread's redirection of what the cache says (cache_say_here). */
static _Thread_local cache_warn_fn here_fn;
static _Thread_local void *here_ctx;

/* A refusal read back from an entry, for this thread's caller. */
static _Thread_local char refusal[256];

void cache_say_here(cache_warn_fn fn, void *ctx)
{
    here_fn = fn;
    here_ctx = ctx;
}

void cache_say(cache *c, const char *fmt, ...)
{
    char msg[4608];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (here_fn)
        here_fn(here_ctx, msg);
    else
        cache_warn(c, msg);
}

void cache_warn(cache *c, const char *msg)
{
    if (c->warn)
        c->warn(c->ctx, msg);
    else
        fprintf(stderr, "baogao: %s\n", msg);
}

/* ---- where ------------------------------------------------------------- */

static int note_build_id(struct dl_phdr_info *info, size_t size, void *p)
{
    (void)size;
    char *out = p;
    if (out[0])
        return 1;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE)
            continue;
        const unsigned char *at = (const unsigned char *)(info->dlpi_addr + ph->p_vaddr);
        size_t left = ph->p_memsz;
        while (left >= sizeof(ElfW(Nhdr))) {
            const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)at;
            size_t name = (nh->n_namesz + 3) & ~(size_t)3;
            size_t desc = (nh->n_descsz + 3) & ~(size_t)3;
            size_t all = sizeof *nh + name + desc;
            if (all > left)
                break;
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 &&
                memcmp(at + sizeof *nh, "GNU", 4) == 0) {
                const unsigned char *id = at + sizeof *nh + name;
                size_t n = nh->n_descsz < 8 ? nh->n_descsz : 8;
                for (size_t k = 0; k < n; k++)
                    sprintf(out + 2 * k, "%02x", id[k]);
                return 1;
            }
            at += all;
            left -= all;
        }
    }
    return 1; /* the first object is the program itself */
}

/* The build's name: its GNU build id (16 hex digits of it), else a hash of
 * the program's file. */
static void build_name(char *out, size_t size)
{
    char id[17] = "";
    dl_iterate_phdr(note_build_id, id);
    if (!id[0]) {
        uint64_t h = 0;
        int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (fd >= 0 && fstat(fd, &st) == 0 && st.st_size > 0) {
            void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
            if (m != MAP_FAILED) {
                h = XXH3_64bits(m, (size_t)st.st_size);
                munmap(m, (size_t)st.st_size);
            }
        }
        if (fd >= 0)
            close(fd);
        snprintf(id, sizeof id, "%016llx", (unsigned long long)h);
    }
    snprintf(out, size, "b-%s", id);
}

/* The default folder into buf; 0 when neither variable says. */
static int default_dir(char *buf, size_t size)
{
    const char *x = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int n;
    if (x && x[0] == '/')
        n = snprintf(buf, size, "%s/baogao", x);
    else if (home && home[0])
        n = snprintf(buf, size, "%s/.cache/baogao", home);
    else
        return 0;
    return n > 0 && (size_t)n < size;
}

/* mkdir -p of path (mode 0700 for what it makes); 0 or -1 with errno. */
static int make_dirs(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int r = mkdir(path, 0700);
        *p = '/';
        if (r != 0 && errno != EEXIST)
            return -1;
    }
    return mkdir(path, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

static size_t parse_cap(void)
{
    const char *s = getenv("BAOGAO_CACHE_MAX");
    if (!s || !*s)
        return CACHE_DEFAULT_MAX;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    int shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20
                : *end == 'G' || *end == 'g' ? 30 : 0;
    return (size_t)(v << shift);
}

cache *cache_open(const char *dir, cache_warn_fn warn, void *ctx)
{
    cache *c = xcalloc(1, sizeof *c);
    c->warn = warn;
    c->ctx = ctx;
    c->dirfd = -1;
    c->cap = parse_cap();
    if (dir && snprintf(c->root, sizeof c->root, "%s", dir) >= (int)sizeof c->root)
        dir = NULL, c->root[0] = '\0';
    if (!dir && !default_dir(c->root, sizeof c->root)) {
        cache_say(c, "cache: no folder for it (neither XDG_CACHE_HOME nor HOME is set); "
               "running without the cache");
        free(c);
        return NULL;
    }
    build_name(c->ns, sizeof c->ns);
    struct stat st;
    const char *why = NULL;
    if (lstat(c->root, &st) == 0 && S_ISLNK(st.st_mode))
        why = "is a symbolic link (the cache is never followed elsewhere)";
    else if (make_dirs(c->root) != 0)
        why = strerror(errno);
    if (!why) {
        int root = open(c->root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (root < 0)
            why = strerror(errno);
        else if ((mkdirat(root, c->ns, 0700) != 0 && errno != EEXIST) ||
                 (c->dirfd = openat(root, c->ns, O_RDONLY | O_DIRECTORY |
                                                     O_NOFOLLOW | O_CLOEXEC)) < 0)
            why = strerror(errno);
        if (root >= 0)
            close(root);
    }
    if (!why && ((mkdirat(c->dirfd, "c", 0700) != 0 && errno != EEXIST) ||
                 (mkdirat(c->dirfd, "s", 0700) != 0 && errno != EEXIST)))
        why = strerror(errno);
    if (!why && faccessat(c->dirfd, "c", W_OK, AT_EACCESS) != 0)
        why = strerror(errno);
    if (why) {
        cache_say(c, "cache: %s: %s; running without the cache", c->root, why);
        if (c->dirfd >= 0)
            close(c->dirfd);
        free(c);
        return NULL;
    }
    /* A file size limit (ulimit -f) makes a write fail with EFBIG, not
     * kill the process. */
    signal(SIGXFSZ, SIG_IGN);
    c->writable = 1;
    return c;
}

void cache_set_warn(cache *c, cache_warn_fn warn, void *ctx)
{
    if (!c)
        return;
    c->warn = warn;
    c->ctx = ctx;
}

/* ---- names --------------------------------------------------------------- */

cache_key cache_key_of(const char *path, const void *bytes, size_t n)
{
    XXH3_state_t *st = XXH3_createState();
    if (!st)
        abort();
    XXH3_128bits_reset(st);
    XXH3_128bits_update(st, path, strlen(path) + 1);
    XXH3_128bits_update(st, bytes, n);
    XXH128_hash_t h = XXH3_128bits_digest(st);
    XXH3_freeState(st);
    return (cache_key){h.low64, h.high64};
}

static void entry_name(cache_key k, char *out, size_t size)
{
    snprintf(out, size, "c/%016llx%016llx", (unsigned long long)k.hi,
             (unsigned long long)k.lo);
}

/* The identity name of a file: its device, inode, size and times. */
static void link_name(const struct stat *st, char *out, size_t size)
{
    uint64_t v[7] = {(uint64_t)st->st_dev, (uint64_t)st->st_ino, (uint64_t)st->st_size,
                     (uint64_t)st->st_mtim.tv_sec, (uint64_t)st->st_mtim.tv_nsec,
                     (uint64_t)st->st_ctim.tv_sec, (uint64_t)st->st_ctim.tv_nsec};
    snprintf(out, size, "s/%016llx", (unsigned long long)XXH3_64bits(v, sizeof v));
}

/* ---- reading ------------------------------------------------------------- */

/* A mapped entry, shared by the documents that point into it. */
typedef struct mapping {
    void *base;
    size_t len;
    atomic_int refs;
    /* the documents freed in the order read: how many, and where the
     * last of them ended (a streaming verb frees them in order, maybe on
     * another thread, some behind the reader: the pages before that end
     * hold no live document) */
    atomic_size_t freed, freed_end;
} mapping;

static void mapping_release(void *p)
{
    mapping *m = p;
    if (atomic_fetch_sub(&m->refs, 1) == 1) {
        munmap(m->base, m->len);
        free(m);
    }
}

/* One document's part of a mapping: the pages wholly inside its record
 * are let go when it is freed (a reader going through a CSV export's
 * million rows holds one row's pages at a time, not the entry's). */
typedef struct mapped_part {
    mapping *m;
    size_t from, to; /* page-aligned, inside the record */
    size_t seq, end; /* the document's place in the entry, its record's end */
} mapped_part;

static void part_release(void *p)
{
    mapped_part *part = p;
    if (part->to > part->from)
        madvise((char *)part->m->base + part->from, part->to - part->from,
                MADV_DONTNEED);
    size_t seq = part->seq;
    if (atomic_compare_exchange_strong(&part->m->freed, &seq, part->seq + 1))
        atomic_store(&part->m->freed_end, part->end);
    mapping_release(part->m);
}

/* The pages of m wholly inside [from, to). */
static void inner_pages(size_t from, size_t to, size_t *a, size_t *b)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    *a = (from + page - 1) / page * page;
    *b = to / page * page;
    if (*b < *a)
        *b = *a;
}

/* XXH3-64 of p[0..n) of mapping base; of a big entry (over BIG_ENTRY)
 * the pages are let go as they are read (they are the page cache's;
 * reading a document faults them in again), so that the entry of a CSV
 * export of a million rows is never all in memory. */
static uint64_t hash_mapped(const unsigned char *p, size_t n, const unsigned char *base)
{
    enum { STEP = 8 << 20 };
    XXH3_state_t *st = XXH3_createState();
    if (!st)
        abort();
    XXH3_64bits_reset(st);
    for (size_t at = 0; at < n; at += STEP) {
        size_t k = n - at < STEP ? n - at : STEP;
        XXH3_64bits_update(st, p + at, k);
        size_t a, b;
        inner_pages((size_t)(p + at - base), (size_t)(p + at + k - base), &a, &b);
        if (b > a && n > BIG_ENTRY)
            madvise((void *)(base + a), b - a, MADV_DONTNEED);
    }
    uint64_t h = XXH3_64bits_digest(st);
    XXH3_freeState(st);
    return h;
}

/* Checks the mapped entry m (len bytes) is one of this build's layout for
 * key (a file of n bytes; n SIZE_MAX: any size). NULL, or what is wrong. */
static const char *check_head(const cache_head *h, size_t len, cache_key key, size_t n)
{
    if (len < sizeof *h || memcmp(h->magic, MAGIC, sizeof MAGIC) != 0)
        return "not a baogao cache entry";
    if (h->version != CACHE_VERSION || h->head_size != sizeof *h ||
        h->layout != doc_pack_layout())
        return "of another version";
    if (h->key_lo != key.lo || h->key_hi != key.hi || (n != SIZE_MAX && h->file_size != n))
        return "made of another file";
    if (h->payload_size != len - sizeof *h)
        return "cut short";
    if (h->ndocs > MAX_DOCS || (h->refused && h->ndocs))
        return "damaged";
    if (hash_mapped((const unsigned char *)h + sizeof *h, h->payload_size,
                    (const unsigned char *)h) != h->payload_hash)
        return "damaged (checksum)";
    return NULL;
}

/* Maps entry name (of key, for n: check_head's), checked; its mapping in
 * *base, *len, or 0 (none; a damaged one said, for what, and removed). */
int cache_map_entry(cache *c, const char *name, cache_key key, size_t n,
                     const char *what, void **base_out, size_t *len_out)
{
    int fd = openat(c->dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat st;
    void *base = MAP_FAILED;
    size_t len = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        len = (size_t)st.st_size;
        /* All of it is read at once (the checksum): one fault for a
         * small entry's pages, not one for each. */
        base = mmap(NULL, len, PROT_READ, MAP_PRIVATE | (len <= BIG_ENTRY ? MAP_POPULATE : 0),
                    fd, 0);
    }
    if (base != MAP_FAILED && time(NULL) - st.st_mtime > TOUCH_AFTER)
        futimens(fd, NULL); /* recently used */
    close(fd);
    if (base == MAP_FAILED)
        return 0;
    const char *why = check_head(base, len, key, n);
    if (why) {
        cache_say(c, "cache: the entry for %s was %s: made again", what, why);
        unlinkat(c->dirfd, name, 0);
        munmap(base, len);
        return 0;
    }
    *base_out = base;
    *len_out = len;
    return 1;
}

/* Hands the documents of entry name to fn. Returns their number, -1 for a
 * refusal (in this thread's buffer), CACHE_MISS when there is none; a damaged one is said
 * and removed. */
static long read_entry(cache *c, const char *name, cache_key key, size_t n,
                       const char *path, pipeline_depth depth,
                       pipeline_doc_fn fn, void *ctx)
{
    void *base;
    size_t len;
    if (!cache_map_entry(c, name, key, n, path, &base, &len))
        return CACHE_MISS;
    const cache_head *h = base;
    if (h->no_indicators && depth == PIPELINE_ALL) { /* parsed again, kept whole */
        munmap(base, len);
        return CACHE_MISS;
    }
    const char *why = NULL;
    const unsigned char *payload = (const unsigned char *)base + sizeof *h;
    if (h->refused) {
        size_t k = strnlen((const char *)payload, h->payload_size);
        snprintf(refusal, sizeof refusal, "%.*s", (int)k, (const char *)payload);
        munmap(base, len);
        return -1;
    }
    /* The documents one at a time (a CSV export's million rows are never
     * all in memory at once), each holding the mapping. The checksum held:
     * a record refused now was written wrong, not damaged since; what came
     * before it stays delivered. */
    mapping *m = xmalloc(sizeof *m);
    m->base = base;
    m->len = len;
    atomic_init(&m->refs, 1);
    atomic_init(&m->freed, 0);
    atomic_init(&m->freed_end, 0);
    size_t got = 0, at = 0, done = 0;
    while (got < h->ndocs) {
        size_t used = 0;
        doc *d = at < h->payload_size
                     ? doc_unpack(payload + at, h->payload_size - at, path,
                                  DOC_UNPACK_TEXT_SEALED, &used, &why)
                     : NULL;
        if (!d) {
            cache_say(c, "cache: the entry for %s has a bad record (%s): %zu of its %u "
                   "documents loaded; it is removed", path, why ? why : "cut short",
                got, (unsigned)h->ndocs);
            unlinkat(c->dirfd, name, 0);
            break;
        }
        atomic_fetch_add(&m->refs, 1);
        mapped_part *part = arena_alloc(&d->mem, sizeof *part);
        part->m = m;
        size_t start = sizeof *h + at;
        if (len > BIG_ENTRY) /* a small one is let go with its mapping */
            inner_pages(start, start + used, &part->from, &part->to);
        part->seq = got;
        part->end = start + used;
        arena_on_free(&d->mem, part, part_release);
        got++;
        at += used;
        d->source[0] = key.lo;
        d->source[1] = key.hi;
        fn(ctx, d);
        /* The documents freed in order so far (a verb that streams): the
         * pages before the first one still alive can go, small records'
         * too. */
        size_t a, b;
        inner_pages(0, atomic_load(&m->freed_end), &a, &b);
        if (len > BIG_ENTRY && b >= done + RELEASE_STEP) {
            madvise(base, b, MADV_DONTNEED);
            done = b;
        }
    }
    mapping_release(m);
    return (long)got;
}

/* The entry name an identity link leads to, into out; 0 when none. */
static int follow_link(cache *c, const struct stat *st, char *out, size_t size,
                       cache_key *key)
{
    char lname[40], target[64];
    link_name(st, lname, sizeof lname);
    ssize_t k = readlinkat(c->dirfd, lname, target, sizeof target - 1);
    if (k != 34 || (size_t)k >= size)
        return 0;
    target[k] = '\0';
    unsigned long long hi, lo;
    if (sscanf(target, "c/%16llx%16llx", &hi, &lo) != 2)
        return 0;
    *key = (cache_key){lo, hi};
    memcpy(out, target, (size_t)k + 1);
    return 1;
}

long cache_find_file(cache *c, const char *path, const struct stat *st,
                     pipeline_depth depth, pipeline_doc_fn fn, void *ctx,
                     const char **err)
{
    char name[64];
    cache_key key;
    if (!c || !follow_link(c, st, name, sizeof name, &key))
        return CACHE_MISS;
    long r = read_entry(c, name, key, (size_t)st->st_size, path, depth, fn, ctx);
    *err = refusal;
    return r;
}

/* ---- writing ------------------------------------------------------------- */

/* Ends writing for the run after a failure, said once. */
static void stop_writing(cache *c, const char *what)
{
    if (atomic_exchange(&c->writable, 0))
        cache_say(c, "cache: %s: %s; going on without writing to the cache", c->root, what);
}

/* A temporary name in the build's folder. */
static void tmp_name(cache *c, char *out, size_t size)
{
    snprintf(out, size, ".tmp.%ld.%u", (long)getpid(), atomic_fetch_add(&c->tmp_seq, 1));
}

/* Whether a file of identity st has settled: not changed in the last
 * CACHE_SETTLED seconds (its identity then says its content). */
static int settled(const struct stat *st)
{
    time_t now = time(NULL);
    return st->st_mtime < now - CACHE_SETTLED && st->st_ctime < now - CACHE_SETTLED;
}

/* Points the identity name of st at entry name (for a settled file). A
 * symbolic link is made whole by one call (no reader sees half of it),
 * so it is made in place: one name operation, not two (they cost a
 * millisecond each on some filesystems); one that leads elsewhere (the
 * file's old content) is replaced. */
static void write_link(cache *c, const struct stat *st, const char *name)
{
    char lname[40];
    if (!c->writable || !settled(st))
        return;
    link_name(st, lname, sizeof lname);
    int r = symlinkat(name, c->dirfd, lname);
    if (r != 0 && errno == EEXIST && unlinkat(c->dirfd, lname, 0) == 0)
        r = symlinkat(name, c->dirfd, lname);
    if (r != 0 && (errno == ENOSPC || errno == EDQUOT || errno == EROFS || errno == EACCES))
        stop_writing(c, strerror(errno));
}

long cache_find(cache *c, cache_key key, size_t n, const char *path,
                const struct stat *st, pipeline_depth depth,
                pipeline_doc_fn fn, void *ctx, const char **err)
{
    char name[64];
    if (!c)
        return CACHE_MISS;
    entry_name(key, name, sizeof name);
    long r = read_entry(c, name, key, n, path, depth, fn, ctx);
    *err = refusal;
    if (r != CACHE_MISS && st)
        write_link(c, st, name);
    return r;
}

/* Writes all of p[0..n) to fd at the file's offset (at < 0) or at at; 0,
 * or -1 with errno. */
static int write_all(int fd, const void *p, size_t n, off_t at)
{
    const char *s = p;
    while (n) {
        ssize_t k = at < 0 ? write(fd, s, n) : pwrite(fd, s, n, at);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            if (k == 0)
                errno = ENOSPC;
            return -1;
        }
        s += k;
        n -= (size_t)k;
        if (at >= 0)
            at += k;
    }
    return 0;
}

static void flush(cache_entry *e)
{
    if (!e->failed && e->used && write_all(e->fd, e->buf, e->used, -1) != 0)
        e->failed = errno ? errno : EIO;
    e->used = 0;
}

/* Where a record goes: the buffer, or straight to the file when big. */
void cache_entry_emit(void *ctx, const void *p, size_t n)
{
    cache_entry *e = ctx;
    XXH3_64bits_update(e->hash, p, n);
    e->size += n;
    if (e->used + n > ENTRY_BUFFER)
        flush(e);
    if (n >= ENTRY_BUFFER) {
        if (!e->failed && write_all(e->fd, p, n, -1) != 0)
            e->failed = errno ? errno : EIO;
        return;
    }
    memcpy(e->buf + e->used, p, n);
    e->used += n;
}

cache_entry *cache_entry_new(cache *c, cache_key key, size_t n, const struct stat *st)
{
    if (!c || !c->writable)
        return NULL;
    cache_entry *e = xcalloc(1, sizeof *e);
    e->c = c;
    e->key = key;
    e->n = n;
    if (st) {
        e->st = *st;
        e->has_st = 1;
    }
    tmp_name(c, e->tmp, sizeof e->tmp);
    entry_name(key, e->name, sizeof e->name);
    e->fd = openat(c->dirfd, e->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    cache_head blank;
    memset(&blank, 0, sizeof blank);
    if (e->fd < 0 || write_all(e->fd, &blank, sizeof blank, -1) != 0) {
        stop_writing(c, strerror(errno));
        if (e->fd >= 0) {
            close(e->fd);
            unlinkat(c->dirfd, e->tmp, 0);
        }
        free(e);
        return NULL;
    }
    e->buf = xmalloc(ENTRY_BUFFER);
    e->hash = XXH3_createState();
    if (!e->hash)
        abort();
    XXH3_64bits_reset(e->hash);
    return e;
}

void cache_entry_add(cache_entry *e, doc *d)
{
    if (!e || e->failed || e->ndocs >= MAX_DOCS)
        return;
    doc_pack_to(d, cache_entry_emit, e);
    e->ndocs++;
    e->no_indicators |= !d->extracted;
}

void cache_entry_commit(cache_entry *e, const char *refused)
{
    if (!e)
        return;
    cache *c = e->c;
    if (refused && !e->ndocs)
        cache_entry_emit(e, refused, strlen(refused) + 1);
    flush(e);
    cache_head h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, MAGIC, sizeof MAGIC);
    h.version = CACHE_VERSION;
    h.head_size = sizeof h;
    h.layout = doc_pack_layout();
    h.key_lo = e->key.lo;
    h.key_hi = e->key.hi;
    h.file_size = e->n;
    h.payload_size = e->size;
    h.payload_hash = XXH3_64bits_digest(e->hash);
    h.ndocs = e->ndocs;
    h.refused = refused != NULL && !e->ndocs;
    h.no_indicators = (uint32_t)e->no_indicators;
    const char *name = e->name;
    int ok = !e->failed && (!refused || !e->ndocs) &&
             write_all(e->fd, &h, sizeof h, 0) == 0;
    if (!ok && !e->failed)
        e->failed = refused && e->ndocs ? 0 : errno;
    if (close(e->fd) != 0 && ok) {
        ok = 0;
        e->failed = errno;
    }
    e->fd = -1;
    if (ok && renameat(c->dirfd, e->tmp, c->dirfd, name) != 0) {
        ok = 0;
        e->failed = errno;
    }
    if (ok) {
        atomic_fetch_add(&c->wrote, 1);
        if (e->has_st)
            write_link(c, &e->st, name);
    } else {
        unlinkat(c->dirfd, e->tmp, 0);
        if (e->failed)
            stop_writing(c, strerror(e->failed));
    }
    cache_entry_drop(e);
}

void cache_entry_drop(cache_entry *e)
{
    if (!e)
        return;
    if (e->fd >= 0) {
        close(e->fd);
        unlinkat(e->c->dirfd, e->tmp, 0);
    }
    XXH3_freeState(e->hash);
    free(e->buf);
    free(e);
}

void cache_close(cache *c)
{
    if (!c)
        return;
    if (c->wrote)
        cache_evict(c);
    close(c->dirfd);
    free(c);
}
