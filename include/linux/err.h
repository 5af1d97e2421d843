/*
 * err.h - returning an error code inside a pointer.
 *
 * The top 4095 addresses of the address space are never valid kernel
 * pointers, so a function returning a pointer can return ERR_PTR(-ENOMEM)
 * instead, and the caller tests IS_ERR() and recovers the code with
 * PTR_ERR(). This is how Linux avoids a separate error out-parameter.
 */
#ifndef _LINUX_ERR_H
#define _LINUX_ERR_H

#include <linux/types.h>
#include <linux/errno.h>

#define MAX_ERRNO 4095

#define IS_ERR_VALUE(x) unlikely((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)

/**
 * ERR_PTR - encode an error code as a pointer
 * @error: a negative errno value
 *
 * Return: a pointer that IS_ERR() recognises.
 */
static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

/**
 * PTR_ERR - recover the error code from an ERR_PTR() pointer
 * @ptr: a pointer for which IS_ERR() is true
 *
 * Return: the negative errno value.
 */
static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

/**
 * IS_ERR - does this pointer carry an error code?
 * @ptr: the pointer to test
 *
 * Return: true if @ptr is in the top MAX_ERRNO addresses.
 */
static inline bool IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}

/**
 * IS_ERR_OR_NULL - is this pointer NULL or an error code?
 * @ptr: the pointer to test
 *
 * Return: true if @ptr is NULL or IS_ERR(@ptr).
 */
static inline bool IS_ERR_OR_NULL(const void *ptr)
{
	return unlikely(!ptr) || IS_ERR_VALUE((unsigned long)ptr);
}

/**
 * ERR_CAST - pass an error pointer on as another pointer type
 * @ptr: an error pointer
 *
 * Return: @ptr, with its const and type dropped.
 */
static inline void *ERR_CAST(const void *ptr)
{
	return (void *)ptr;
}

#endif /* _LINUX_ERR_H */
