/*
 * exec.c - execve() from files: an ELF program, "#!" scripts (with an
 * argument, nested, looping, without an interpreter), the refusals
 * (-ENOENT, -ENOTDIR, -EACCES for a file without x or a directory,
 * -ENOEXEC for a malformed ELF or an empty file, -ELOOP, -ENAMETOOLONG,
 * -EFAULT) and close-on-exec. The fixtures are written to /tmp first.
 * Run with "show-args..." or a /tmp path as argv[1] (what a script's
 * interpreter gets), or with "show-fds", the program reports what it was
 * given instead, which is how the scripts' argv is checked.
 */
#include "usertest.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define L(p) ((long)(p))

static void put(const char *path, const void *data, size_t len, int mode)
{
	int fd = sys(SYS_open, L(path), O_CREAT | O_WRONLY | O_TRUNC, mode, 0);

	sys(SYS_write, fd, L(data), len, 0);
	sys(SYS_close, fd, 0, 0, 0);
	sys(SYS_chmod, L(path), mode, 0, 0);
}

/* execve in a child; the child's output, then its status or the error */
static void run(const char *what, const char *path, char *const argv[])
{
	int status, pipefd[2];
	long err = 0;
	pid_t pid;

	sys(SYS_pipe2, L(pipefd), O_CLOEXEC, 0, 0);
	pid = fork();
	if (pid == 0) {
		err = sys(SYS_execve, L(path), L(argv), L(argv + 4), 0);
		sys(SYS_write, pipefd[1], L(&err), sizeof(err), 0);
		_exit(127);
	}
	sys(SYS_close, pipefd[1], 0, 0, 0);
	if (sys(SYS_read, pipefd[0], L(&err), sizeof(err), 0) != sizeof(err))
		err = 0; /* closed by the exec: it succeeded */
	sys(SYS_close, pipefd[0], 0, 0, 0);
	waitpid(pid, &status, 0);
	if (err)
		say("%s: execve %ld", what, err);
	else
		say("%s: exit %d", what, WEXITSTATUS(status));
}

int main(int argc, char **argv)
{
	static const char bad_elf[64] = "\177ELF\1\1\1\0\0\0\0\0\0\0\0\0\2\0\3\0";
	char *args[8] = { "/tmp/x", "one", NULL, NULL, NULL, NULL, NULL, NULL };
	char *longname = malloc(5000);
	int i, keep, gone;

	if (argc > 1 && (!strncmp(argv[1], "show-args", 9) || !strncmp(argv[1], "/tmp/", 5))) {
		for (i = 0; i < argc; i++)
			say("  argv[%d] %s", i, argv[i]);
		return 0;
	}
	if (argc > 3 && !strcmp(argv[1], "show-fds")) {
		say("  fd %s open %ld", argv[2], sys(SYS_fcntl64, atoi(argv[2]), F_GETFD, 0, 0));
		say("  fd %s open %ld", argv[3], sys(SYS_fcntl64, atoi(argv[3]), F_GETFD, 0, 0));
		return 0;
	}
	sys(SYS_mkdir, L("/tmp"), 01777, 0, 0); /* the oracle's initramfs has none */
	memset(longname, 'a', 4999);
	longname[0] = '/';
	longname[4999] = 0;
	args[0] = "/exec";
	args[1] = "show-args";
	args[2] = "x";
	run("ELF from a file", "/exec", args);
	put("/tmp/script", "#!/exec show-args\n", 18, 0755);
	args[0] = "/tmp/script";
	args[1] = "one";
	args[2] = "two";
	run("script", "/tmp/script", args);
	put("/tmp/script2", "#!  /exec   show-args  two words \t\necho not read\n", 48, 0755);
	run("script, blanks and a two-word argument", "/tmp/script2", args);
	put("/tmp/script3", "#!/exec\n", 8, 0755);
	args[1] = NULL;
	run("script, no argument, no argv[1]", "/tmp/script3", args);
	put("/tmp/nested", "#!/tmp/script\n", 14, 0755);
	args[0] = "nested";
	args[1] = "arg";
	run("nested script", "/tmp/nested", args);
	put("/tmp/loop", "#!/tmp/loop\n", 12, 0755);
	run("script running itself", "/tmp/loop", args);
	put("/tmp/noint", "#!\n", 3, 0755);
	run("script without an interpreter", "/tmp/noint", args);
	put("/tmp/blank", "#!   \t \n", 8, 0755);
	run("script with only blanks", "/tmp/blank", args);
	put("/tmp/missing", "#!/nonexistent/sh\n", 18, 0755);
	run("script whose interpreter is missing", "/tmp/missing", args);
	put("/tmp/badelf", bad_elf, sizeof(bad_elf), 0755);
	run("malformed ELF", "/tmp/badelf", args);
	put("/tmp/empty", "", 0, 0755);
	run("empty file", "/tmp/empty", args);
	put("/tmp/text", "just text\n", 10, 0755);
	run("text without #!", "/tmp/text", args);
	put("/tmp/noexec", "#!/exec show-args\n", 18, 0644);
	run("not executable", "/tmp/noexec", args);
	run("a directory", "/tmp", args);
	run("missing", "/tmp/nonexistent", args);
	run("through a file", "/tmp/noexec/x", args);
	run("name too long", longname, args);
	run("NULL name", NULL, args);
	run("kernel name", (const char *)0xc0100000L, args);
	sys(SYS_symlink, L("/exec"), L("/tmp/link"), 0, 0);
	args[0] = "/tmp/link";
	args[1] = "show-args";
	run("through a symlink", "/tmp/link", args);
	keep = sys(SYS_open, L("/tmp/script"), O_RDONLY, 0, 0);
	gone = sys(SYS_open, L("/tmp/script"), O_RDONLY | O_CLOEXEC, 0, 0);
	args[0] = "/exec";
	args[1] = "show-fds";
	args[2] = malloc(8);
	args[3] = malloc(8);
	sprintf(args[2], "%d", keep);
	sprintf(args[3], "%d", gone);
	run("close-on-exec", "/exec", args);
	return 0;
}
