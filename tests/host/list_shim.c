/*
 * list_shim.c - <linux/list.h> against a model, compiled with Linnet's headers.
 *
 * Two lists and a pool of items undergo thousands of random operations
 * (add, add_tail, del, del_init, move, move_tail, replace, rotate, splice
 * in all four forms, cut_position). After each one, both lists are
 * walked forwards and backwards and compared with plain arrays that model
 * what they should hold. Hash lists get the same treatment with four
 * buckets. list_test.c in the same folder runs this and reports.
 */
#include <linux/list.h>

void host_check(int ok, const char *file, int line, const char *what);
#define CHECK(cond) host_check(!!(cond), __FILE__, __LINE__, #cond)

#define NITEMS 24
#define ROUNDS 20000

struct item {
	int id;
	int where; /* which list (0 or 1) or bucket, -1 if none */
	struct list_head node;
	struct hlist_node hnode;
};

struct model {
	int ids[NITEMS];
	int n;
};

static struct item items[NITEMS];
static unsigned int rng_state;

static unsigned int rnd(unsigned int n)
{
	rng_state = rng_state * 1103515245 + 12345;
	return (rng_state >> 8) % n;
}

/* model_insert - put @id at position @pos of @m */
static void model_insert(struct model *m, int pos, int id)
{
	int i;

	for (i = m->n; i > pos; i--)
		m->ids[i] = m->ids[i - 1];
	m->ids[pos] = id;
	m->n++;
}

/* model_remove - take @id out of @m; returns its position */
static int model_remove(struct model *m, int id)
{
	int i, pos = -1;

	for (i = 0; i < m->n; i++)
		if (m->ids[i] == id)
			pos = i;
	for (i = pos; i < m->n - 1; i++)
		m->ids[i] = m->ids[i + 1];
	m->n--;
	return pos;
}

/* verify - does @head hold exactly @m, in both directions? */
static void verify(struct list_head *head, struct model *m)
{
	struct item *it;
	int i = 0;

	list_for_each_entry(it, head, node) {
		if (i >= m->n || it->id != m->ids[i] || it->node.next->prev != &it->node) {
			CHECK(!"forward walk differs from the model");
			return;
		}
		i++;
	}
	CHECK(i == m->n);
	list_for_each_entry_reverse(it, head, node) {
		if (--i < 0 || it->id != m->ids[i]) {
			CHECK(!"backward walk differs from the model");
			return;
		}
	}
	CHECK(list_empty(head) == (m->n == 0));
	CHECK(list_empty_careful(head) == (m->n == 0));
	CHECK(list_is_singular(head) == (m->n == 1));
	it = list_first_entry_or_null(head, struct item, node);
	CHECK(m->n ? it && it->id == m->ids[0] : it == NULL);
	if (m->n) {
		CHECK(list_last_entry(head, struct item, node)->id == m->ids[m->n - 1]);
		CHECK(list_is_last(&items[m->ids[m->n - 1]].node, head));
	}
}

static struct item *pick(int where)
{
	int i, start = rnd(NITEMS);

	for (i = 0; i < NITEMS; i++) {
		struct item *it = &items[(start + i) % NITEMS];

		if (where == -2 ? it->where >= 0 : it->where == where)
			return it;
	}
	return NULL;
}

/* splice_op - one of the four splices of list @from into list @to */
static void splice_op(struct list_head *heads, struct model *m, int from, int to, int kind)
{
	int i;

	switch (kind) {
	case 0:
		list_splice(&heads[from], &heads[to]);
		break;
	case 1:
		list_splice_tail(&heads[from], &heads[to]);
		break;
	case 2:
		list_splice_init(&heads[from], &heads[to]);
		break;
	default:
		list_splice_tail_init(&heads[from], &heads[to]);
		break;
	}
	if (kind < 2)
		INIT_LIST_HEAD(&heads[from]); /* the plain splices leave it stale */
	for (i = 0; i < m[from].n; i++) {
		items[m[from].ids[i]].where = to;
		model_insert(&m[to], kind & 1 ? m[to].n : i, m[from].ids[i]);
	}
	m[from].n = 0;
}

/* cut_op - cut list @l after a random entry (or at its head) and append the front to the other */
static void cut_op(struct list_head *heads, struct model *m, int l)
{
	LIST_HEAD(front);
	struct model cut = { .n = 0 };
	int k = m[l].n ? (int)rnd(m[l].n + 1) - 1 : -1; /* -1: cut at the head */
	int i;

	list_cut_position(&front, &heads[l], k < 0 ? &heads[l] : &items[m[l].ids[k]].node);
	for (i = 0; i <= k; i++)
		cut.ids[cut.n++] = m[l].ids[i];
	for (i = 0; i <= k; i++)
		model_remove(&m[l], cut.ids[i]);
	verify(&front, &cut);
	verify(&heads[l], &m[l]);
	list_splice_tail(&front, &heads[!l]);
	for (i = 0; i < cut.n; i++) {
		items[cut.ids[i]].where = !l;
		model_insert(&m[!l], m[!l].n, cut.ids[i]);
	}
}

static void list_round(struct list_head *heads, struct model *m)
{
	struct item *it = pick(-2), *fresh = pick(-1);
	int l = rnd(2);

	switch (rnd(10)) {
	case 0:
	case 1:
		if (!fresh)
			break;
		if (rnd(2)) {
			list_add(&fresh->node, &heads[l]);
			model_insert(&m[l], 0, fresh->id);
		} else {
			list_add_tail(&fresh->node, &heads[l]);
			model_insert(&m[l], m[l].n, fresh->id);
		}
		fresh->where = l;
		break;
	case 2:
		if (!it)
			break;
		model_remove(&m[it->where], it->id);
		it->where = -1;
		if (rnd(2)) {
			list_del(&it->node);
			CHECK(it->node.next == LIST_POISON1 && it->node.prev == LIST_POISON2);
		} else {
			list_del_init(&it->node);
			CHECK(list_empty(&it->node));
		}
		break;
	case 3:
		if (!it)
			break;
		model_remove(&m[it->where], it->id);
		if (rnd(2)) {
			list_move(&it->node, &heads[l]);
			model_insert(&m[l], 0, it->id);
		} else {
			list_move_tail(&it->node, &heads[l]);
			model_insert(&m[l], m[l].n, it->id);
		}
		it->where = l;
		break;
	case 5:
		if (m[l].n) {
			int first = m[l].ids[0];

			list_rotate_left(&heads[l]);
			model_remove(&m[l], first);
			model_insert(&m[l], m[l].n, first);
		}
		break;
	case 6:
		splice_op(heads, m, l, !l, rnd(4));
		break;
	case 7:
		cut_op(heads, m, l);
		break;
	default:
		break;
	}
	verify(&heads[0], &m[0]);
	verify(&heads[1], &m[1]);
}

/* replace_round - list_replace(_init) an item on a list with a free one */
static void replace_round(struct list_head *heads, struct model *m)
{
	struct item *old = pick(-2), *new = pick(-1);
	int i, l;

	if (!old || !new)
		return;
	l = old->where;
	if (rnd(2)) {
		list_replace(&old->node, &new->node);
	} else {
		list_replace_init(&old->node, &new->node);
		CHECK(list_empty(&old->node));
	}
	for (i = 0; i < m[l].n; i++)
		if (m[l].ids[i] == old->id)
			m[l].ids[i] = new->id;
	new->where = l;
	old->where = -1;
	verify(&heads[l], &m[l]);
}

/* iterators - the _safe, _continue, _from and prepare_entry walks */
static void test_iterators(void)
{
	/*
	 * The head sits inside an item, so that the fake entry
	 * list_prepare_entry() makes from it is a whole object (UBSan checks
	 * the size of what a pointer points at).
	 */
	static struct item anchor;
	struct list_head *headp = &anchor.node;
	struct item *it, *n, *start;
	struct list_head *pos, *tmp;
	int i, count = 0, sum = 0;

	INIT_LIST_HEAD(headp);
	for (i = 0; i < 10; i++) {
		items[i].id = i;
		list_add_tail(&items[i].node, headp);
	}
	list_for_each_entry_safe(it, n, headp, node)
		if (it->id % 2)
			list_del(&it->node);
	list_for_each(pos, headp)
		sum += list_entry(pos, struct item, node)->id;
	CHECK(sum == 0 + 2 + 4 + 6 + 8);
	list_for_each_prev(pos, headp)
		count++;
	CHECK(count == 5);
	start = &items[4];
	it = start;
	sum = 0;
	list_for_each_entry_continue(it, headp, node)
		sum += it->id;
	CHECK(sum == 6 + 8);
	it = start;
	sum = 0;
	list_for_each_entry_from(it, headp, node)
		sum += it->id;
	CHECK(sum == 4 + 6 + 8);
	it = NULL;
	it = list_prepare_entry(it, headp, node);
	sum = 0;
	list_for_each_entry_continue(it, headp, node)
		sum += it->id;
	CHECK(sum == 20);
	CHECK(list_next_entry(&items[2], node) == &items[4]);
	CHECK(list_prev_entry(&items[2], node) == &items[0]);
	list_for_each_entry_safe_reverse(it, n, headp, node)
		if (it->id > 4)
			list_del_init(&it->node);
	count = 0;
	list_for_each_prev_safe(pos, tmp, headp) {
		list_del(pos);
		count++;
	}
	CHECK(count == 3 && list_empty(headp));
	list_for_each_safe(pos, tmp, headp)
		CHECK(!"walked an empty list");
}

/* hverify - does bucket @h hold @m, with every pprev pointing at its pointer? */
static void hverify(struct hlist_head *h, struct model *m)
{
	struct hlist_node **expect_pprev = &h->first;
	struct hlist_node *pos;
	struct item *it;
	int i = 0;

	hlist_for_each_entry(it, h, hnode) {
		if (i >= m->n || it->id != m->ids[i] || it->hnode.pprev != expect_pprev) {
			CHECK(!"hlist differs from the model");
			return;
		}
		expect_pprev = &it->hnode.next;
		i++;
	}
	CHECK(i == m->n);
	CHECK(hlist_empty(h) == (m->n == 0));
	i = 0;
	hlist_for_each(pos, h)
		i++;
	CHECK(i == m->n);
}

static void test_hlist(void)
{
	struct hlist_head buckets[4];
	struct model m[4] = { { .n = 0 } };
	struct item *it, *fresh;
	struct hlist_node *tmp;
	int r, b, pos;

	for (b = 0; b < 4; b++)
		INIT_HLIST_HEAD(&buckets[b]);
	for (r = 0; r < NITEMS; r++) {
		items[r].id = r;
		items[r].where = -1;
		INIT_HLIST_NODE(&items[r].hnode);
		CHECK(hlist_unhashed(&items[r].hnode));
	}
	for (r = 0; r < ROUNDS; r++) {
		it = pick(-2);
		fresh = pick(-1);
		b = rnd(4);
		switch (rnd(6)) {
		case 0:
		case 1:
			if (!fresh)
				break;
			if (!it || rnd(2)) {
				hlist_add_head(&fresh->hnode, &buckets[b]);
				model_insert(&m[b], 0, fresh->id);
				fresh->where = b;
				break;
			}
			b = it->where;
			pos = model_remove(&m[b], it->id);
			model_insert(&m[b], pos, it->id);
			switch (rnd(3)) {
			case 0:
				hlist_add_before(&fresh->hnode, &it->hnode);
				model_insert(&m[b], pos, fresh->id);
				break;
			case 1:
				hlist_add_behind(&fresh->hnode, &it->hnode);
				model_insert(&m[b], pos + 1, fresh->id);
				break;
			default:
				hlist_add_after(&it->hnode, &fresh->hnode);
				model_insert(&m[b], pos + 1, fresh->id);
				break;
			}
			fresh->where = b;
			break;
		case 2:
			if (!it)
				break;
			model_remove(&m[it->where], it->id);
			it->where = -1;
			hlist_del(&it->hnode);
			CHECK(it->hnode.next == LIST_POISON1);
			CHECK(it->hnode.pprev == (struct hlist_node **)LIST_POISON2);
			INIT_HLIST_NODE(&it->hnode);
			break;
		case 3:
			if (!it)
				break;
			model_remove(&m[it->where], it->id);
			it->where = -1;
			hlist_del_init(&it->hnode);
			CHECK(hlist_unhashed(&it->hnode));
			hlist_del_init(&it->hnode); /* a second time is harmless */
			break;
		default:
			break;
		}
		for (b = 0; b < 4; b++)
			hverify(&buckets[b], &m[b]);
	}
	/* empty one bucket with the _safe walk */
	hlist_for_each_entry_safe(it, tmp, &buckets[0], hnode) {
		hlist_del_init(&it->hnode);
		it->where = -1;
	}
	CHECK(hlist_empty(&buckets[0]));
}

/**
 * list_shim_run - run the list and hlist tests
 * @seed: the random seed
 *
 * Context: host test program.
 */
void list_shim_run(unsigned int seed)
{
	struct list_head heads[2];
	struct model m[2] = { { .n = 0 }, { .n = 0 } };
	int i;

	rng_state = seed;
	INIT_LIST_HEAD(&heads[0]);
	INIT_LIST_HEAD(&heads[1]);
	for (i = 0; i < NITEMS; i++) {
		items[i].id = i;
		items[i].where = -1;
	}
	for (i = 0; i < ROUNDS; i++) {
		if (i % 7 == 0)
			replace_round(heads, m);
		else
			list_round(heads, m);
	}
	test_iterators();
	test_hlist();
}
