/*
 * n_tty_shim.c - drivers/char/n_tty.c driven by bytes, compiled with Linnet's
 * headers, checked against what Linux's n_tty does with the same termios.
 *
 * Each case types bytes and compares the echo and the bytes delivered to
 * readers with what Linux 2.6.32's line discipline would produce with
 * the same settings: canonical lines, VERASE/VKILL/VWERASE with ECHOE,
 * ECHOK and ECHOKE, VEOF pushing a line, VINTR and VQUIT as signals with
 * the line flushed, ECHOCTL's ^X, VLNEXT, ICRNL/IGNCR, raw mode, and
 * leaving canonical mode with a line half typed. A random run feeds
 * every byte value (under AddressSanitizer). n_tty_test.c runs this.
 */
#include <linnet/n_tty.h>
#include <linux/string.h>

void host_check(int ok, const char *file, int line, const char *what);
#define CHECK(cond) host_check(!!(cond), __FILE__, __LINE__, #cond)

void n_tty_shim_run(void);

static char echoed[16384], got[16384];
static unsigned int echo_len, got_len, sigs[32];

static void term_echo(struct n_tty_data *ldata __attribute__((unused)), const char *s,
		      unsigned int n)
{
	if (echo_len + n < sizeof(echoed)) {
		memcpy(echoed + echo_len, s, n);
		echo_len += n;
	}
}

static void term_deliver(struct n_tty_data *ldata __attribute__((unused)), const char *s,
			 unsigned int n)
{
	if (got_len + n < sizeof(got)) {
		memcpy(got + got_len, s, n);
		got_len += n;
	}
}

static void term_signal(struct n_tty_data *ldata __attribute__((unused)), int sig)
{
	sigs[sig & 31]++;
}

static const struct n_tty_ops term_ops = {
	.echo = term_echo,
	.deliver = term_deliver,
	.signal = term_signal,
};

static struct n_tty_data ld;

static void reset(void)
{
	n_tty_init(&ld, &term_ops, NULL);
	echo_len = got_len = 0;
	memset(sigs, 0, sizeof(sigs));
}

static void type_n(const char *keys, unsigned int n)
{
	n_tty_receive_buf(&ld, (const unsigned char *)keys, n);
}

static void type(const char *keys)
{
	type_n(keys, strlen(keys));
}

static int same(const char *buf, unsigned int len, const char *want, unsigned int n)
{
	return len == n && !memcmp(buf, want, n);
}

#define GOT(want) same(got, got_len, want, sizeof(want) - 1)
#define ECHOED(want) same(echoed, echo_len, want, sizeof(want) - 1)

static void set_lflag(tcflag_t on, tcflag_t off)
{
	struct ktermios t = ld.termios;

	t.c_lflag = (t.c_lflag | on) & ~off;
	n_tty_set_termios(&ld, &t);
}

static void canonical(void)
{
	reset();
	type("ls");
	CHECK(got_len == 0); /* nothing before the end of the line */
	type("\r");
	CHECK(GOT("ls\n") && ECHOED("ls\n"));
	reset();
	type("lsx\x7f\r"); /* DEL is VERASE; ECHOE rubs out */
	CHECK(GOT("ls\n") && ECHOED("lsx\b \b\n"));
	reset();
	type("a\b\r"); /* ^H is not VERASE by default: an ordinary character */
	CHECK(GOT("a\b\n") && ECHOED("a^H\n"));
	reset();
	type("\x7f\x15\x17x\r"); /* erasing an empty line does nothing */
	CHECK(GOT("x\n") && ECHOED("x\n"));
}

static void kill_and_werase(void)
{
	reset();
	type("abc\x15"
	     "d\r"); /* VKILL with ECHOKE: rub out the line */
	CHECK(GOT("d\n") && ECHOED("abc\b \b\b \b\b \bd\n"));
	reset();
	set_lflag(0, ECHOKE);
	type("abc\x15"
	     "d\r"); /* ECHOK without ECHOKE: echo ^U and a newline */
	CHECK(GOT("d\n") && ECHOED("abc^U\nd\n"));
	reset();
	type("echo hello world  \x17there\r"); /* VWERASE: blanks, then the word */
	CHECK(GOT("echo hello there\n"));
	reset();
	type("foo-bar\x17\x17\r"); /* the word stops at '-'; then '-' and "foo" go */
	CHECK(GOT("\n"));
	reset();
	type("a\x01\x7f\r"); /* a control character took two columns (^A) */
	CHECK(GOT("a\n") && ECHOED("a^A\b \b\b \b\n"));
	reset();
	set_lflag(0, ECHOE);
	type("ab\x7f\r"); /* without ECHOE the erase character is shown */
	CHECK(GOT("a\n") && ECHOED("ab^?\n"));
}

static void eof_and_signals(void)
{
	reset();
	type("\x04"); /* VEOF on an empty line: a lone 0, end of file */
	CHECK(same(got, got_len, "\0", 1) && echo_len == 0);
	reset();
	type("abc\x04"); /* VEOF pushes the partial line, marked by 0 */
	CHECK(same(got, got_len, "abc\0", 4) && ECHOED("abc"));
	reset();
	type("sleep 100\x03"); /* VINTR: flush, echo ^C, SIGINT */
	CHECK(sigs[2] == 1 && got_len == 0 && ld.len == 0 && ECHOED("sleep 100^C"));
	type("x\r");
	CHECK(GOT("x\n"));
	reset();
	type("q\x1c"); /* VQUIT: SIGQUIT */
	CHECK(sigs[3] == 1 && ld.len == 0);
	reset();
	set_lflag(0, ISIG);
	type("a\x03\r"); /* without ISIG ^C is a character */
	CHECK(sigs[2] == 0 && GOT("a\x03\n") && ECHOED("a^C\n"));
	reset();
	set_lflag(NOFLSH, 0);
	type("ab\x03\r"); /* NOFLSH: the line survives the signal */
	CHECK(sigs[2] == 1 && GOT("ab\n"));
}

static void literal_and_input_modes(void)
{
	struct ktermios t;

	reset();
	type("\x1b[A\r"); /* the Up key is input, shown with ECHOCTL */
	CHECK(GOT("\x1b[A\n") && ECHOED("^[[A\n"));
	reset();
	type("\x16\x15\x16\x03\r"); /* VLNEXT quotes VKILL and VINTR */
	CHECK(GOT("\x15\x03\n") && sigs[2] == 0 && ECHOED("^\b^U^\b^C\n"));
	reset();
	type("ab\x12"); /* VREPRINT */
	CHECK(ECHOED("ab^R\nab"));
	reset();
	t = ld.termios;
	t.c_iflag &= ~ICRNL;
	n_tty_set_termios(&ld, &t);
	type("a\rb\n"); /* no ICRNL: '\r' is an ordinary character */
	CHECK(GOT("a\rb\n"));
	reset();
	t = ld.termios;
	t.c_iflag |= IGNCR;
	n_tty_set_termios(&ld, &t);
	type("a\r\n"); /* IGNCR: '\r' is dropped */
	CHECK(GOT("a\n"));
}

static void raw_mode(void)
{
	reset();
	type("par");
	set_lflag(0, ICANON | ECHO); /* leaving ICANON: the half line is readable */
	CHECK(GOT("par"));
	got_len = echo_len = 0;
	type("a\x7f\x15\r"); /* raw: every byte at once, no editing, ICRNL still */
	CHECK(GOT("a\x7f\x15\n") && echo_len == 0);
	type("\x03"); /* ISIG still on */
	CHECK(sigs[2] == 1 && got_len == 4);
	set_lflag(ICANON | ECHO, 0);
	got_len = 0;
	type("x\r");
	CHECK(GOT("x\n"));
}

static void long_line(void)
{
	unsigned int i;

	reset();
	for (i = 0; i < 2 * N_TTY_BUF_SIZE; i++)
		type("x");
	CHECK(ld.len == N_TTY_BUF_SIZE - 1 && ld.dropped == N_TTY_BUF_SIZE + 1);
	type("\r");
	CHECK(got_len == N_TTY_BUF_SIZE && got[got_len - 1] == '\n');
}

static void random_bytes(void)
{
	unsigned int state = 7, i;
	char c;

	reset();
	for (i = 0; i < 200000; i++) {
		state = state * 1103515245 + 12345;
		c = (char)(state >> 16);
		type_n(&c, 1);
		CHECK(ld.len < N_TTY_BUF_SIZE);
		if (got_len > 8000)
			got_len = 0;
		if (echo_len > 8000)
			echo_len = 0;
	}
}

/**
 * n_tty_shim_run - every line discipline case, and a random run
 *
 * Context: host test program.
 */
void n_tty_shim_run(void)
{
	canonical();
	kill_and_werase();
	eof_and_signals();
	literal_and_input_modes();
	raw_mode();
	long_line();
	random_bytes();
}
