/*
 * kdb_io_shim.c - the shell's line editor (kernel/debug/kdb/kdb_io.c) driven
 * by key sequences, compiled with Linnet's headers.
 *
 * The echo goes to a model terminal: one screen line with a cursor that
 * obeys backspace and overwrites. The central check is that after every
 * key the screen shows exactly the line being edited with the cursor
 * where the editor thinks it is, so every redraw of every edit is right.
 * Specific cases check the lines completed, end of file and the history;
 * a random run hammers the invariant with every key. kdb_io_test.c in the
 * same folder runs this and reports.
 */
#include <linnet/kdb_io.h>
#include <linux/string.h>

void host_check(int ok, const char *file, int line, const char *what);
#define CHECK(cond) host_check(!!(cond), __FILE__, __LINE__, #cond)

void kdb_io_shim_run(unsigned int seed);

static char screen[1024];
static unsigned int screen_len, cursor;
static char got[4096];
static unsigned int got_len, eofs;

static void term_echo(struct kdb_line *ldata __attribute__((unused)), const char *s, unsigned int n)
{
	while (n--) {
		char c = *s++;

		if (c == '\b') {
			CHECK(cursor > 0);
			if (cursor)
				cursor--;
		} else if (c == '\n') {
			screen_len = cursor = 0;
		} else {
			screen[cursor++] = c;
			if (cursor > screen_len)
				screen_len = cursor;
		}
	}
}

static struct kdb_line ld;

static void reset(void)
{
	kdb_line_init(&ld, term_echo, NULL);
	screen_len = cursor = got_len = eofs = 0;
}

/* screen_ok - the screen shows the line (trailing blanks allowed) and the cursor */
static int screen_ok(void)
{
	unsigned int i;

	if (cursor != ld.pos || memcmp(screen, ld.line, ld.len))
		return 0;
	for (i = ld.len; i < screen_len; i++)
		if (screen[i] != ' ')
			return 0;
	return 1;
}

/* type - feed keys; a completed line is collected in got[] with a '\n' */
static void type(const char *keys)
{
	while (*keys) {
		int r = kdb_line_key(&ld, *keys++);

		if (r == KDB_LINE_DONE) {
			memcpy(got + got_len, ld.line, ld.len);
			got_len += ld.len;
			got[got_len++] = '\n';
			kdb_line_start(&ld);
		} else if (r == KDB_LINE_EOF) {
			eofs++;
		}
		CHECK(screen_ok());
	}
}

static int got_is(const char *want)
{
	return got_len == strlen(want) && !memcmp(got, want, got_len);
}

static void editing(void)
{
	reset();
	type("help\r");
	CHECK(got_is("help\n"));
	reset();
	type("lsx\x7f\x08 meminfo\x1b[D\x1b[D\x1b[DX\r");
	CHECK(got_is("l memiXnfo\n"));
	reset();
	type("echo hello world\x17\x17there\r");
	CHECK(got_is("echo there\n"));
	reset();
	type("garbage\x15ps\r");
	CHECK(got_is("ps\n"));
	reset();
	type("abc\x1b[H\x1b[3~\x1b[FZ\x01Y\x05!\r");
	CHECK(got_is("YbcZ!\n"));
	reset();
	type("\x1b[D\x7f\x1b[3~\x1b[C\x1bx\r"); /* edits at the edges do nothing */
	CHECK(got_is("\n"));
}

static void history(void)
{
	reset();
	type("one\rtwo\rtwo\rthree\r");
	got_len = 0;
	type("\x1b[A\r");
	CHECK(got_is("three\n"));
	got_len = 0;
	type("\x1b[A\x1b[A\x1b[A\r"); /* "two" was kept once */
	CHECK(got_is("one\n"));
	got_len = 0;
	type("draft\x1b[A\x1b[A\x1b[B\x1b[B\r"); /* down past the newest: the draft */
	CHECK(got_is("draft\n"));
	got_len = 0;
	type("\x1b[A\x1b[A\x1b[A\x1b[A\x1b[A\x1b[A\x1b[A\r"); /* stops at the oldest */
	CHECK(got_is("one\n"));
}

static void control(void)
{
	reset();
	type("\x04");
	CHECK(eofs == 1);
	type("x\x04\r"); /* ^D on a non-empty line does nothing */
	CHECK(eofs == 1 && got_is("x\n"));
}

static void long_line(void)
{
	unsigned int i;

	reset();
	for (i = 0; i < 2 * KDB_LINE_SIZE; i++)
		type("x");
	CHECK(ld.len == KDB_LINE_SIZE - 1 && ld.dropped == KDB_LINE_SIZE + 1);
	type("\r");
	CHECK(got_len == KDB_LINE_SIZE && got[got_len - 1] == '\n');
}

static const char *const keys[] = {
	"a",	  "b",	     " ",      "\x7f",	 "\x08",    "\x15",   "\x17",
	"\x01",	  "\x05",    "\x1b[A", "\x1b[B", "\x1b[C",  "\x1b[D", "\x1b[H",
	"\x1b[F", "\x1b[3~", "\r",     "\x1b",	 "\x1b[5~", "\x1bOA",
};

static void random_keys(unsigned int seed)
{
	unsigned int state = seed, i;

	reset();
	for (i = 0; i < 100000; i++) {
		state = state * 1103515245 + 12345;
		type(keys[(state >> 8) % (sizeof(keys) / sizeof(keys[0]))]);
		if (got_len > 3000)
			got_len = 0;
	}
}

/**
 * kdb_io_shim_run - every line editor case, and a random run
 * @seed: the random run's seed
 *
 * Context: host test program.
 */
void kdb_io_shim_run(unsigned int seed)
{
	editing();
	history();
	control();
	long_line();
	random_keys(seed);
}
