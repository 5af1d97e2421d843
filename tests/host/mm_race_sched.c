/*
 * mm_race_sched.c - two kernel tasks on one CPU, for the host race tests.
 *
 * tests/host/mm_race_test.c runs the kernel's code as task 0 (the test)
 * and starts a second task (the racer) that another kernel thread would
 * be. On Linnet's one CPU only one of them runs at a time, and the CPU
 * passes from one to the other only where the kernel lets it: at a
 * preemption point of the running task, or when it sleeps on a mutex
 * (tests/host/mm_race_env.c decides where those are). This file is only
 * the hand-over: each task is a host thread, and a baton (a pthread
 * mutex and condition) says which one may run; the other waits on the
 * condition. So the interleaving is the one the test chose, every run.
 *
 * Built with the host's headers (pthreads); mm_race_env.c, built with
 * Linnet's, calls the functions below. See docs/testing.md.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

void host_task_spawn(void (*fn)(void *), void *arg);
int host_task_switch(void);
int host_task_current(void);
int host_task_racer_done(void);

static pthread_mutex_t baton_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t baton_moved = PTHREAD_COND_INITIALIZER;
static int running; /* the task that holds the CPU: 0 test, 1 racer */
static int racer_alive; /* started and not finished */
static pthread_t racer_thread;
static void (*racer_fn)(void *);
static void *racer_arg;
static __thread int self; /* which task this host thread is */

/* Hand the CPU to @to and wait until it comes back. baton_lock held. */
static void pass_baton(int to)
{
	running = to;
	pthread_cond_broadcast(&baton_moved);
	while (running != self)
		pthread_cond_wait(&baton_moved, &baton_lock);
}

static void *racer_main(void *unused)
{
	(void)unused;
	self = 1;
	pthread_mutex_lock(&baton_lock);
	while (running != 1)
		pthread_cond_wait(&baton_moved, &baton_lock);
	pthread_mutex_unlock(&baton_lock);
	racer_fn(racer_arg);
	pthread_mutex_lock(&baton_lock);
	racer_alive = 0;
	running = 0;
	pthread_cond_broadcast(&baton_moved);
	pthread_mutex_unlock(&baton_lock);
	return NULL;
}

/**
 * host_task_spawn - make the racer task; it runs at the test's first switch
 * @fn: what it does
 * @arg: its argument
 *
 * Context: the test task, no racer alive.
 */
void host_task_spawn(void (*fn)(void *), void *arg)
{
	if (racer_alive) {
		fprintf(stderr, "mm_race: a racer is already alive\n");
		abort();
	}
	if (racer_thread)
		pthread_join(racer_thread, NULL);
	racer_fn = fn;
	racer_arg = arg;
	racer_alive = 1;
	if (pthread_create(&racer_thread, NULL, racer_main, NULL)) {
		fprintf(stderr, "mm_race: pthread_create failed\n");
		abort();
	}
}

/**
 * host_task_switch - give the CPU to the other task until it gives it back
 *
 * The racer gives it back when it finishes or sleeps; the test when it
 * sleeps. Nothing happens if the other task does not exist.
 *
 * Context: either task.
 * Return: 1 if the other task ran, 0 if there was none.
 */
int host_task_switch(void)
{
	int other = !self;

	pthread_mutex_lock(&baton_lock);
	if (!racer_alive) {
		pthread_mutex_unlock(&baton_lock);
		return 0;
	}
	pass_baton(other);
	pthread_mutex_unlock(&baton_lock);
	return 1;
}

/**
 * host_task_current - which task is running
 *
 * Context: either task.
 * Return: 0 for the test, 1 for the racer.
 */
int host_task_current(void)
{
	return self;
}

/**
 * host_task_racer_done - has the racer finished (or never started)?
 *
 * Context: the test task.
 * Return: 1 if no racer is alive.
 */
int host_task_racer_done(void)
{
	int done;

	pthread_mutex_lock(&baton_lock);
	done = !racer_alive;
	pthread_mutex_unlock(&baton_lock);
	return done;
}
