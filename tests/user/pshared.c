/*
 * pshared.c - futexes shared between processes (keyed by page).
 *
 * glibc's PTHREAD_PROCESS_SHARED mutex, condition variable and barrier
 * in MAP_SHARED anonymous memory, used by a parent and a forked child,
 * under contention (so that both sleep in FUTEX_WAIT and wake each
 * other). Then the raw calls: a file mapped twice at two addresses is
 * one futex; a MAP_SHARED word waited on with FUTEX_PRIVATE_FLAG is not
 * the shared futex of the same word; a MAP_PRIVATE word after fork is
 * two futexes, one per process.
 */
#include "usertest.h"
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <linux/futex.h>

#define ROUNDS 3000

struct shared {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	pthread_barrier_t barrier;
	long counter;
	int ready, acked;
	int word;
};

static long raw(void *uaddr, int op, int val, void *timeout)
{
	long r = syscall(SYS_futex, uaddr, op, val, timeout, NULL, 0);

	return r == -1 ? -errno : r;
}

static void add(struct shared *s)
{
	int i;

	for (i = 0; i < ROUNDS; i++) {
		pthread_mutex_lock(&s->lock);
		s->counter++;
		if (i % 64 == 0)
			sched_yield(); /* let the other process find it locked */
		pthread_mutex_unlock(&s->lock);
	}
}

static void pthread_objects(void)
{
	struct shared *s =
		mmap(NULL, sizeof(*s), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pthread_mutexattr_t ma;
	pthread_condattr_t ca;
	pthread_barrierattr_t ba;
	pid_t pid;
	int st, r;

	pthread_mutexattr_init(&ma);
	pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
	pthread_mutex_init(&s->lock, &ma);
	pthread_condattr_init(&ca);
	pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
	pthread_cond_init(&s->cond, &ca);
	pthread_barrierattr_init(&ba);
	pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
	pthread_barrier_init(&s->barrier, &ba, 2);

	pid = fork();
	if (pid == 0) {
		pthread_barrier_wait(&s->barrier);
		add(s);
		/* wait for the parent's signal, then answer */
		pthread_mutex_lock(&s->lock);
		while (!s->ready)
			pthread_cond_wait(&s->cond, &s->lock);
		s->acked = 1;
		pthread_cond_signal(&s->cond);
		pthread_mutex_unlock(&s->lock);
		_exit(0);
	}
	pthread_barrier_wait(&s->barrier);
	add(s);
	usleep(20000); /* the child is waiting on the condition by now */
	pthread_mutex_lock(&s->lock);
	s->ready = 1;
	pthread_cond_signal(&s->cond);
	while (!s->acked)
		pthread_cond_wait(&s->cond, &s->lock);
	r = s->acked;
	pthread_mutex_unlock(&s->lock);
	waitpid(pid, &st, 0);
	say("two processes x %d locked increments: %ld", ROUNDS, s->counter);
	say("condition: child acked %d, child exit %d", r, WEXITSTATUS(st));
}

static void *wait_on(void *uaddr)
{
	struct timespec ts = { 2, 0 };

	return (void *)raw(uaddr, FUTEX_WAIT, 0, &ts);
}

static void raw_calls(void)
{
	int fd = open("/pshared.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int *a, *b, *sh, *priv, st;
	struct timespec ts = { 0, 200000000 };
	pthread_t t;
	void *ret;
	pid_t pid;
	long r;

	ftruncate(fd, 4096);
	a = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	b = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	unlink("/pshared.tmp");
	a[5] = 0;
	say("one file, two addresses: same word %d", a != b && b[5] == 0);
	pthread_create(&t, NULL, wait_on, &a[5]);
	usleep(50000);
	r = raw(&b[5], FUTEX_WAKE, 1, NULL);
	pthread_join(t, &ret);
	say("wake through the other address: woke %ld, waiter %ld", r, (long)ret);
	pthread_create(&t, NULL, wait_on, &a[5]);
	usleep(50000);
	r = raw(&a[5], FUTEX_WAKE_PRIVATE, 1, NULL);
	say("private wake of a shared waiter: woke %ld", r);
	r = raw(&a[5], FUTEX_WAKE, 1, NULL);
	pthread_join(t, &ret);
	say("shared wake: woke %ld, waiter %ld", r, (long)ret);

	sh = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	priv = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	*sh = *priv = 0;
	pid = fork();
	if (pid == 0) {
		struct timespec cts = { 2, 0 };
		long *res = (long *)(sh + 1);

		/* the parent wakes it through the shared mapping */
		res[0] = raw(sh, FUTEX_WAIT, 0, &cts);
		/* a private wait on the shared page: the parent's shared wake misses it */
		res[1] = raw(sh, FUTEX_WAIT_PRIVATE, 0, &ts);
		/* MAP_PRIVATE: the parent's wake is for its own copy */
		res[2] = raw(priv, FUTEX_WAIT, 0, &ts);
		_exit(0);
	}
	usleep(50000);
	r = raw(sh, FUTEX_WAKE, 1, NULL);
	usleep(50000);
	st = raw(sh, FUTEX_WAKE, 1, NULL);
	usleep(250000);
	say("parent woke %ld, then %d (child waiting privately), then %ld (its MAP_PRIVATE copy)",
	    r, st, raw(priv, FUTEX_WAKE, 1, NULL));
	waitpid(pid, &st, 0);
	say("child: shared wait %ld, private wait %ld, MAP_PRIVATE wait %ld", ((long *)(sh + 1))[0],
	    ((long *)(sh + 1))[1], ((long *)(sh + 1))[2]);
	say("NULL %ld unmapped %ld", raw(NULL, FUTEX_WAKE, 1, NULL),
	    raw((void *)0x1000, FUTEX_WAKE, 1, NULL));
}

int main(void)
{
	pthread_objects();
	raw_calls();
	return 0;
}
