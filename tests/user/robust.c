/*
 * robust.c - robust futexes: the kernel walks a dying thread's list.
 *
 * glibc's robust mutexes (pthread_mutexattr_setrobust) held by a thread
 * that ends: the next pthread_mutex_lock returns EOWNERDEAD, whether it
 * came after the death or was already waiting (FUTEX_WAITERS: the
 * kernel wakes it), pthread_mutex_consistent makes the mutex usable
 * again, and an unlock without it leaves ENOTRECOVERABLE. The same
 * between processes, in MAP_SHARED memory with PTHREAD_PROCESS_SHARED.
 * Then the kernel's side alone, on lists built by hand: the word naming
 * the dead tid gets FUTEX_OWNER_DIED with FUTEX_WAITERS kept, another
 * tid's word is left alone, the list_op_pending entry is handled, a
 * circular list and a list pointing into the kernel end the walk, at
 * most ROBUST_LIST_LIMIT (2048) entries are walked, and exec walks the
 * list too.
 */
#include "usertest.h"
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <linux/futex.h>

#define NENTRIES 2100

static pthread_mutex_t *mutex; /* in MAP_SHARED memory: threads and processes use it */
static volatile int *locked;

/* The ABI's structures (linux/futex.h names them too: spell them out) */
struct entry {
	struct entry *next;
	unsigned int word; /* the futex word, at futex_offset 4 from the entry */
};

struct head {
	struct entry *list;
	long futex_offset;
	struct entry *list_op_pending;
};

static void *holder(void *arg)
{
	pthread_mutex_lock(mutex);
	*locked = 1;
	if (arg)
		usleep(50000); /* the main thread is waiting in the lock by now */
	return NULL; /* ends holding the mutex */
}

static void init_mutex(int pshared)
{
	pthread_mutexattr_t a;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	if (pshared)
		pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
	pthread_mutex_init(mutex, &a);
	*locked = 0;
}

static void threads(void)
{
	pthread_t t;
	int r;

	init_mutex(0);
	pthread_create(&t, NULL, holder, NULL);
	pthread_join(t, NULL);
	r = pthread_mutex_lock(mutex);
	say("thread died holding it: lock %s", r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
	r = pthread_mutex_consistent(mutex);
	say("consistent %d unlock %d", r, pthread_mutex_unlock(mutex));
	r = pthread_mutex_lock(mutex);
	say("lock again %d", r);
	pthread_mutex_unlock(mutex);

	init_mutex(0);
	pthread_create(&t, NULL, holder, (void *)1);
	while (!*locked)
		usleep(1000);
	r = pthread_mutex_lock(mutex); /* sleeps: the owner's death wakes it */
	say("waiting when it died: lock %s", r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
	pthread_join(t, NULL);
	pthread_mutex_unlock(mutex); /* not made consistent: unusable now */
	r = pthread_mutex_lock(mutex);
	say("after unlock without consistent: lock %s",
	    r == ENOTRECOVERABLE ? "ENOTRECOVERABLE" : strerror(r));
}

static void processes(void)
{
	pid_t pid;
	int r, st;

	init_mutex(1);
	pid = fork();
	if (pid == 0) {
		pthread_mutex_lock(mutex);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	r = pthread_mutex_lock(mutex);
	say("child died holding it: lock %s", r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
	r = pthread_mutex_consistent(mutex);
	say("consistent %d unlock %d", r, pthread_mutex_unlock(mutex));

	init_mutex(1);
	pid = fork();
	if (pid == 0) {
		pthread_mutex_lock(mutex);
		*locked = 1;
		usleep(50000);
		_exit(0);
	}
	while (!*locked)
		usleep(1000);
	r = pthread_mutex_lock(mutex); /* a shared futex: the child's death wakes us */
	say("parent waiting when the child died: lock %s",
	    r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
	waitpid(pid, &st, 0);
	pthread_mutex_consistent(mutex);
	pthread_mutex_unlock(mutex);
}

static struct head *h;
static struct entry *e;

/* The lists, built by the child that dies with them (its tid is in the words) */
static void build(int what, pid_t tid)
{
	int i;

	h->futex_offset = 4;
	h->list_op_pending = NULL;
	h->list = &e[0];
	switch (what) {
	case 0: /* the dead tid with waiters, the dead tid, another tid; one pending */
		e[0].next = &e[1];
		e[0].word = tid | FUTEX_WAITERS;
		e[1].next = &e[2];
		e[1].word = tid;
		e[2].next = (struct entry *)&h->list;
		e[2].word = (tid + 1000) | FUTEX_WAITERS;
		h->list_op_pending = &e[3];
		e[3].word = tid;
		break;
	case 1: /* a list that loops on itself */
		e[0].next = &e[0];
		e[0].word = tid;
		break;
	case 2: /* a list that points into the kernel */
		e[0].next = (struct entry *)0xc0001000;
		e[0].word = tid;
		break;
	case 3: /* longer than the limit */
		for (i = 0; i < NENTRIES; i++) {
			e[i].next = i + 1 < NENTRIES ? &e[i + 1] : (struct entry *)&h->list;
			e[i].word = tid;
		}
		break;
	case 4: /* one entry, and the pending one is the same */
		e[0].next = (struct entry *)&h->list;
		e[0].word = tid | FUTEX_WAITERS;
		h->list_op_pending = &e[0];
		break;
	}
}

/* In a child: build list @what, register it (or @head) and exit (or exec @prog) */
static void die_with_list(int what, struct head *head, const char *prog)
{
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		long r;

		build(what, getpid());
		r = sys(SYS_set_robust_list, (long)head, sizeof(*head), 0, 0);
		if (r)
			say("set_robust_list %ld", r);
		if (prog) {
			char *argv[] = { (char *)prog, "exec-child", NULL };

			execve(prog, argv, NULL);
			say("execve %d", errno);
		}
		_exit(0);
	}
	waitpid(pid, &st, 0);
}

static void by_hand(const char *self)
{
	int i, marked;

	h = mmap(NULL, (NENTRIES + 8) * sizeof(struct entry) + 4096, PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	e = (struct entry *)(h + 1);

	die_with_list(0, h, NULL);
	say("owner's word with waiters %#x, without %#x, another's %s, pending %#x", e[0].word,
	    e[1].word, e[2].word & FUTEX_OWNER_DIED ? "changed" : "untouched", e[3].word);
	die_with_list(1, h, NULL);
	say("circular list: word %#x", e[0].word);
	die_with_list(2, h, NULL);
	say("list into the kernel: first word %#x", e[0].word);
	die_with_list(4, h, NULL);
	say("pending entry also on the list: word %#x", e[0].word);
	die_with_list(0, (struct head *)0xc0001000, NULL);
	say("unreadable head: child ended, word %s",
	    e[1].word & FUTEX_OWNER_DIED ? "changed" : "untouched");
	die_with_list(3, h, NULL);
	for (i = marked = 0; i < NENTRIES; i++)
		marked += e[i].word == FUTEX_OWNER_DIED;
	say("%d entries: %d marked, entry 2048 %#x entry 2049 %s", NENTRIES, marked, e[2047].word,
	    e[2048].word & FUTEX_OWNER_DIED ? "changed" : "untouched");
	/* exec releases the old memory: the list is walked then too */
	die_with_list(4, h, self);
	say("exec: word %#x", e[0].word);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "exec-child"))
		return 0;
	mutex = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	locked = (volatile int *)(mutex + 1);
	threads();
	processes();
	by_hand(argv[0]);
	say("set_robust_list bad len %ld", sys(SYS_set_robust_list, 0, 4, 0, 0));
	return 0;
}
