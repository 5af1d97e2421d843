/*
 * futex.c - futex wait/wake/requeue/wake_op with their errors, a thread
 * woken from FUTEX_WAIT, glibc's mutexes, condition variables and
 * pthread_join (CLONE_CHILD_CLEARTID's wake at exit), exit_group killing
 * the other threads, set/get_robust_list.
 */
#include "usertest.h"
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <sys/wait.h>
#include <linux/futex.h>

#define KPTR 0xc0001000L

static int word, word2;
static long counter;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int ready, handled;

static void *adder(void *arg)
{
	int i;

	for (i = 0; i < 2000; i++) {
		pthread_mutex_lock(&lock);
		counter++;
		pthread_mutex_unlock(&lock);
	}
	return arg;
}

static void *waiter(void *arg)
{
	long r = syscall(SYS_futex, &word, FUTEX_WAIT, 0, NULL, NULL, 0);

	return (void *)(r == -1 ? -errno : r);
}

static void *consumer(void *arg)
{
	pthread_mutex_lock(&lock);
	while (!ready)
		pthread_cond_wait(&cond, &lock);
	pthread_mutex_unlock(&lock);
	return (void *)42;
}

static void *sleeper(void *arg)
{
	for (;;)
		pause();
	return NULL;
}

static void *exiter(void *arg)
{
	usleep(20000);
	syscall(SYS_exit_group, 6);
	return NULL;
}

static void on_alarm(int sig)
{
	handled = sig;
}

static long raw(void *uaddr, int op, int val, void *timeout, void *uaddr2, int val3)
{
	long r = syscall(SYS_futex, uaddr, op, val, timeout, uaddr2, val3);

	return r == -1 ? -errno : r;
}

int main(void)
{
	struct timespec ts = { 0, 10000000 }, bad = { 0, 1000000000 };
	pthread_t t[4];
	void *ret;
	int i, st;
	pid_t pid;
	long r;

	word = 1;
	say("WAIT value differs %ld", raw(&word, FUTEX_WAIT, 0, NULL, NULL, 0));
	say("WAIT misaligned %ld", raw((char *)&word + 1, FUTEX_WAIT, 1, NULL, NULL, 0));
	say("WAIT NULL %ld kernel %ld", raw(NULL, FUTEX_WAIT, 0, NULL, NULL, 0),
	    raw((void *)KPTR, FUTEX_WAIT, 0, NULL, NULL, 0));
	say("WAIT 10ms timeout %ld", raw(&word, FUTEX_WAIT, 1, &ts, NULL, 0));
	say("WAIT_PRIVATE timeout %ld", raw(&word, FUTEX_WAIT_PRIVATE, 1, &ts, NULL, 0));
	say("WAIT bad timeout %ld bad timeout ptr %ld", raw(&word, FUTEX_WAIT, 1, &bad, NULL, 0),
	    raw(&word, FUTEX_WAIT, 1, (void *)KPTR, NULL, 0));
	say("WAKE nobody %ld", raw(&word, FUTEX_WAKE, 1, NULL, NULL, 0));
	say("WAIT_BITSET bitset 0 %ld", raw(&word, FUTEX_WAIT_BITSET, 1, NULL, NULL, 0));
	say("unknown op %ld", raw(&word, 99, 0, NULL, NULL, 0));
	say("CMP_REQUEUE wrong value %ld", raw(&word, FUTEX_CMP_REQUEUE, 1, (void *)1, &word2, 5));
	say("CMP_REQUEUE right value %ld", raw(&word, FUTEX_CMP_REQUEUE, 1, (void *)1, &word2, 1));
	word2 = 3;
	r = raw(&word, FUTEX_WAKE_OP, 1, (void *)1, &word2,
		FUTEX_OP(FUTEX_OP_ADD, 4, FUTEX_OP_CMP_EQ, 3));
	say("WAKE_OP %ld word2 now %d", r, word2);

	/* A SIGALRM handler interrupts a FUTEX_WAIT without timeout: EINTR */
	{
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_alarm; /* no SA_RESTART: the wait ends with EINTR */
		sigaction(SIGALRM, &sa, NULL);
	}
	alarm(1);
	r = raw(&word, FUTEX_WAIT, 1, NULL, NULL, 0);
	say("WAIT interrupted %ld handler %d", r, handled);

	/* A thread sleeping in FUTEX_WAIT, woken by FUTEX_WAKE */
	word = 0;
	pthread_create(&t[0], NULL, waiter, NULL);
	usleep(50000);
	word = 1;
	r = raw(&word, FUTEX_WAKE, 1, NULL, NULL, 0);
	pthread_join(t[0], &ret);
	say("WAKE woke %ld, waiter returned %ld", r, (long)ret);

	/* glibc's mutex and pthread_join */
	for (i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, adder, (void *)(long)i);
	for (i = 0; i < 4; i++) {
		pthread_join(t[i], &ret);
		if ((long)ret != i)
			say("join %d returned %ld", i, (long)ret);
	}
	say("4 threads x 2000 locked increments: %ld", counter);

	/* A condition variable */
	pthread_create(&t[0], NULL, consumer, NULL);
	usleep(20000);
	pthread_mutex_lock(&lock);
	ready = 1;
	pthread_cond_signal(&cond);
	pthread_mutex_unlock(&lock);
	pthread_join(t[0], &ret);
	say("condvar consumer returned %ld", (long)ret);

	/* exit_group from the main thread ends a sleeping thread too */
	pid = fork();
	if (pid == 0) {
		pthread_create(&t[0], NULL, sleeper, NULL);
		usleep(20000);
		_exit(5);
	}
	waitpid(pid, &st, 0);
	say("main thread's exit: status %d", WEXITSTATUS(st));
	/* and from another thread, while main sleeps */
	pid = fork();
	if (pid == 0) {
		pthread_create(&t[0], NULL, exiter, NULL);
		for (;;)
			pause();
	}
	waitpid(pid, &st, 0);
	say("a thread's exit_group: status %d", WEXITSTATUS(st));
	/* A fatal signal to the process kills all its threads */
	pid = fork();
	if (pid == 0) {
		pthread_create(&t[0], NULL, sleeper, NULL);
		for (;;)
			pause();
	}
	usleep(30000);
	kill(pid, SIGTERM);
	waitpid(pid, &st, 0);
	say("SIGTERM to a threaded process: signaled %d by %d", WIFSIGNALED(st), WTERMSIG(st));

	{
		void *head;
		size_t len;

		say("set_robust_list bad len %ld", sys(SYS_set_robust_list, (long)&word, 4, 0, 0));
		r = sys(SYS_get_robust_list, 0, (long)&head, (long)&len, 0);
		say("get_robust_list %ld len %d set %d", r, (int)len, head != NULL);
		say("get_robust_list no pid %ld bad ptr %ld",
		    sys(SYS_get_robust_list, 99999, (long)&head, (long)&len, 0),
		    sys(SYS_get_robust_list, 0, KPTR, (long)&len, 0));
	}
	return 0;
}
