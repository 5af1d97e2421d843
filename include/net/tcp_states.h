/*
 * tcp_states.h - the connection states every family's sk_state uses.
 *
 * TCP's names, which Linux gives every family: AF_UNIX uses TCP_CLOSE
 * (new, or closed), TCP_LISTEN (listen() was called), TCP_ESTABLISHED
 * (connected) and TCP_SYN_SENT. The numbers are /proc/net/tcp's "st"
 * column and 2.6.32's include/net/tcp_states.h. See docs/sockets.md.
 */
#ifndef _NET_TCP_STATES_H
#define _NET_TCP_STATES_H

enum {
	TCP_ESTABLISHED = 1,
	TCP_SYN_SENT,
	TCP_SYN_RECV,
	TCP_FIN_WAIT1,
	TCP_FIN_WAIT2,
	TCP_TIME_WAIT,
	TCP_CLOSE,
	TCP_CLOSE_WAIT,
	TCP_LAST_ACK,
	TCP_LISTEN,
	TCP_CLOSING,
	TCP_MAX_STATES
};

#endif /* _NET_TCP_STATES_H */
