/*
 * elf.h - the ELF file format's 32-bit types and constants.
 *
 * ELF ("Executable and Linkable Format") is the format of the kernel
 * image, of every program, and of a module (.ko): a header, then
 * sections described by a table of section headers (used by linkers and
 * by the module loader, kernel/module.c), and, in an executable, segments
 * described by program headers (used by a program loader). A symbol table
 * section names addresses; a relocation section lists the places whose
 * value depends on where a section finally lands.
 *
 * The names and numbers are the ELF specification's, as Linux's
 * include/linux/elf.h and include/linux/elf-em.h give them; only the
 * 32-bit forms, for i386. See docs/modules.md.
 */
#ifndef _LINUX_ELF_H
#define _LINUX_ELF_H

#include <linux/types.h>

typedef u32 Elf32_Addr;
typedef u16 Elf32_Half;
typedef u32 Elf32_Off;
typedef s32 Elf32_Sword;
typedef u32 Elf32_Word;

#define EI_NIDENT 16
#define EI_CLASS 4
#define EI_DATA 5
#define EI_VERSION 6
#define ELFMAG "\177ELF"
#define SELFMAG 4
#define ELFCLASS32 1
#define ELFDATA2LSB 1
#define EV_CURRENT 1

#define ET_NONE 0
#define ET_REL 1
#define ET_EXEC 2
#define ET_DYN 3
#define EM_386 3

/**
 * struct elf32_hdr - the ELF header, at offset 0 of the file
 * @e_ident: magic, class, byte order, version
 * @e_type: ET_REL (a module), ET_EXEC or ET_DYN (programs)
 * @e_machine: EM_386
 * @e_version: EV_CURRENT
 * @e_entry: where a program starts
 * @e_phoff: offset of the program headers
 * @e_shoff: offset of the section headers
 * @e_flags: processor flags (none on i386)
 * @e_ehsize: size of this header
 * @e_phentsize: size of one program header
 * @e_phnum: how many program headers
 * @e_shentsize: size of one section header
 * @e_shnum: how many section headers
 * @e_shstrndx: the section holding the section names
 */
typedef struct elf32_hdr {
	unsigned char e_ident[EI_NIDENT];
	Elf32_Half e_type;
	Elf32_Half e_machine;
	Elf32_Word e_version;
	Elf32_Addr e_entry;
	Elf32_Off e_phoff;
	Elf32_Off e_shoff;
	Elf32_Word e_flags;
	Elf32_Half e_ehsize;
	Elf32_Half e_phentsize;
	Elf32_Half e_phnum;
	Elf32_Half e_shentsize;
	Elf32_Half e_shnum;
	Elf32_Half e_shstrndx;
} Elf32_Ehdr;

/* Section types and flags */
#define SHT_NULL 0
#define SHT_PROGBITS 1
#define SHT_SYMTAB 2
#define SHT_STRTAB 3
#define SHT_RELA 4
#define SHT_NOBITS 8
#define SHT_REL 9
#define SHF_WRITE 0x1
#define SHF_ALLOC 0x2
#define SHF_EXECINSTR 0x4
#define SHN_UNDEF 0
#define SHN_LORESERVE 0xff00
#define SHN_ABS 0xfff1
#define SHN_COMMON 0xfff2

/**
 * struct elf32_shdr - a section header
 * @sh_name: offset of its name in the section-name table
 * @sh_type: SHT_*
 * @sh_flags: SHF_*
 * @sh_addr: its address (the loader writes where it put the section)
 * @sh_offset: where its bytes are in the file
 * @sh_size: its size
 * @sh_link: a related section (a symbol table's string table...)
 * @sh_info: more (a relocation section's target section)
 * @sh_addralign: its alignment
 * @sh_entsize: the size of one entry, for tables
 */
typedef struct elf32_shdr {
	Elf32_Word sh_name;
	Elf32_Word sh_type;
	Elf32_Word sh_flags;
	Elf32_Addr sh_addr;
	Elf32_Off sh_offset;
	Elf32_Word sh_size;
	Elf32_Word sh_link;
	Elf32_Word sh_info;
	Elf32_Word sh_addralign;
	Elf32_Word sh_entsize;
} Elf32_Shdr;

/* Symbol binding and type, packed in st_info */
#define STB_LOCAL 0
#define STB_GLOBAL 1
#define STB_WEAK 2
#define STT_NOTYPE 0
#define STT_OBJECT 1
#define STT_FUNC 2
#define STT_SECTION 3
#define STT_FILE 4
#define ELF32_ST_BIND(x) ((x) >> 4)
#define ELF32_ST_TYPE(x) ((x) & 0xf)

/**
 * struct elf32_sym - a symbol table entry
 * @st_name: offset of its name in the string table
 * @st_value: its value (an offset in its section, before loading)
 * @st_size: its size
 * @st_info: binding and type
 * @st_other: visibility
 * @st_shndx: its section, or SHN_UNDEF / SHN_ABS / SHN_COMMON
 */
typedef struct elf32_sym {
	Elf32_Word st_name;
	Elf32_Addr st_value;
	Elf32_Word st_size;
	unsigned char st_info;
	unsigned char st_other;
	Elf32_Half st_shndx;
} Elf32_Sym;

/**
 * struct elf32_rel - a relocation without addend (i386 uses these)
 * @r_offset: the place to patch, an offset in the target section
 * @r_info: symbol index and relocation type
 */
typedef struct elf32_rel {
	Elf32_Addr r_offset;
	Elf32_Word r_info;
} Elf32_Rel;

#define ELF32_R_SYM(x) ((x) >> 8)
#define ELF32_R_TYPE(x) ((x) & 0xff)

/* i386 relocation types */
#define R_386_NONE 0
#define R_386_32 1
#define R_386_PC32 2

/* Program header types */
#define PT_NULL 0
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PT_INTERP 3
#define PT_NOTE 4
#define PT_PHDR 6
#define PT_TLS 7
#define PT_GNU_STACK 0x6474e551
#define PF_X 0x1
#define PF_W 0x2
#define PF_R 0x4

/**
 * struct elf32_phdr - a program header: one segment of a program
 * @p_type: PT_*
 * @p_offset: where its bytes are in the file
 * @p_vaddr: where it goes in memory
 * @p_paddr: unused
 * @p_filesz: bytes from the file
 * @p_memsz: bytes in memory (the rest is zeroed: .bss)
 * @p_flags: PF_R, PF_W, PF_X
 * @p_align: its alignment
 */
typedef struct elf32_phdr {
	Elf32_Word p_type;
	Elf32_Off p_offset;
	Elf32_Addr p_vaddr;
	Elf32_Addr p_paddr;
	Elf32_Word p_filesz;
	Elf32_Word p_memsz;
	Elf32_Word p_flags;
	Elf32_Word p_align;
} Elf32_Phdr;

#endif /* _LINUX_ELF_H */
