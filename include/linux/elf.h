/*
 * elf.h - the ELF32 file format, as the i386 program loader reads it.
 *
 * An ELF executable starts with an Elf32_Ehdr (the magic "\177ELF", the
 * class, the machine, the entry point) and a table of program headers;
 * each PT_LOAD header says "map p_filesz bytes from p_offset at p_vaddr,
 * zero up to p_memsz, with p_flags permissions". Values from the ELF
 * specification (the System V ABI); see fs/binfmt_elf.c.
 */
#ifndef _LINUX_ELF_H
#define _LINUX_ELF_H

#include <linux/types.h>

#define EI_NIDENT 16
#define ELFMAG "\177ELF"
#define SELFMAG 4
#define EI_CLASS 4
#define EI_DATA 5
#define ELFCLASS32 1
#define ELFDATA2LSB 1
#define ET_EXEC 2
#define ET_DYN 3
#define EM_386 3
#define EM_486 6

#define PT_NULL 0
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PT_INTERP 3
#define PT_PHDR 6
#define PT_TLS 7
#define PT_GNU_STACK 0x6474e551

#define PF_X 0x1
#define PF_W 0x2
#define PF_R 0x4

/* The auxiliary vector's keys (include/linux/auxvec.h in Linux) */
#define AT_NULL 0
#define AT_PHDR 3
#define AT_PHENT 4
#define AT_PHNUM 5
#define AT_PAGESZ 6
#define AT_BASE 7
#define AT_FLAGS 8
#define AT_ENTRY 9
#define AT_UID 11
#define AT_EUID 12
#define AT_GID 13
#define AT_EGID 14
#define AT_PLATFORM 15
#define AT_HWCAP 16
#define AT_CLKTCK 17
#define AT_SECURE 23
#define AT_RANDOM 25
#define AT_EXECFN 31

/**
 * struct elf32_hdr - the ELF file header (Elf32_Ehdr)
 * @e_ident: magic, class, data encoding, version, OS ABI
 * @e_type: ET_EXEC, ET_DYN...
 * @e_machine: EM_386
 * @e_version: 1
 * @e_entry: the entry point's virtual address
 * @e_phoff: the program header table's file offset
 * @e_shoff: the section header table's file offset
 * @e_flags: processor flags
 * @e_ehsize: this header's size
 * @e_phentsize: one program header's size
 * @e_phnum: the number of program headers
 * @e_shentsize: one section header's size
 * @e_shnum: the number of section headers
 * @e_shstrndx: the section name table's index
 */
typedef struct elf32_hdr {
	unsigned char e_ident[EI_NIDENT];
	u16 e_type;
	u16 e_machine;
	u32 e_version;
	u32 e_entry;
	u32 e_phoff;
	u32 e_shoff;
	u32 e_flags;
	u16 e_ehsize;
	u16 e_phentsize;
	u16 e_phnum;
	u16 e_shentsize;
	u16 e_shnum;
	u16 e_shstrndx;
} Elf32_Ehdr;

/**
 * struct elf32_phdr - a program header (Elf32_Phdr)
 * @p_type: PT_LOAD, PT_INTERP...
 * @p_offset: where its bytes start in the file
 * @p_vaddr: where they go in memory
 * @p_paddr: unused
 * @p_filesz: bytes in the file
 * @p_memsz: bytes in memory (the rest is zeroed: the bss)
 * @p_flags: PF_R, PF_W, PF_X
 * @p_align: alignment
 */
typedef struct elf32_phdr {
	u32 p_type;
	u32 p_offset;
	u32 p_vaddr;
	u32 p_paddr;
	u32 p_filesz;
	u32 p_memsz;
	u32 p_flags;
	u32 p_align;
} Elf32_Phdr;

#endif /* _LINUX_ELF_H */
