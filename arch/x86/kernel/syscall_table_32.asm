; syscall_table_32.asm - the system call table: Linux 2.6.32's i386 numbers.
;
; Entry n is the function system call n runs (arch/x86/kernel/entry_32.asm
; calls [sys_call_table + 4 * %eax]). The numbers are the ABI: they are
; 2.6.32's arch/x86/kernel/syscall_table_32.S, line for line, so a program
; built for Linux asks for the same service here. A call Linnet does not
; have yet points at ptregs_ni_syscall, which answers -ENOSYS and says so
; once per number at KERN_INFO (kernel/sys_ni.c); so does any number past
; the table (the calls later Linux added, which glibc tries first and falls
; back from). The comment after each line is 2.6.32's entry. Past 2.6.32's
; last number the table runs on to 511, Linnet's own linnet_info (lab 7's
; call, kernel/linnet_info.c), far beyond the numbers Linux has given out;
; 337-510 answer -ENOSYS as before, but for one later call Linnet adds:
; prlimit64 (340, Linux 2.6.36), because glibc 2.36's setrlimit and
; getrlimit issue only it. See docs/processes.md.

extern old_mmap, old_select, ptregs_clone, ptregs_execve, ptregs_fork, ptregs_ni_syscall, ptregs_rt_sigreturn, ptregs_sigaltstack, ptregs_sigreturn, ptregs_vfork, sys_access, sys_alarm, sys_brk, sys_capget, sys_capset, sys_chdir, sys_chmod, sys_chown, sys_chown16, sys_chroot, sys_clock_getres, sys_clock_gettime, sys_clock_nanosleep, sys_clock_settime, sys_close, sys_creat, sys_delete_module, sys_dup, sys_dup2, sys_dup3, sys_epoll_create, sys_epoll_create1, sys_epoll_ctl, sys_epoll_pwait, sys_epoll_wait, sys_eventfd, sys_eventfd2, sys_exit, sys_exit_group, sys_faccessat, sys_fadvise64, sys_fadvise64_64, sys_fchdir, sys_fchmod, sys_fchmodat, sys_fchown, sys_fchown16, sys_fchownat, sys_fcntl, sys_fcntl64, sys_fdatasync, sys_flock, sys_fstat, sys_fstat64, sys_fstatat64, sys_fstatfs, sys_fstatfs64, sys_fsync, sys_ftruncate, sys_ftruncate64, sys_futex, sys_futimesat, sys_get_robust_list, sys_get_thread_area, sys_getcpu, sys_getcwd, sys_getdents, sys_getdents64, sys_getegid, sys_getegid16, sys_geteuid, sys_geteuid16, sys_getgid, sys_getgid16, sys_getgroups, sys_getgroups16, sys_getitimer, sys_getpgid, sys_getpgrp, sys_getpid, sys_getppid, sys_getpriority, sys_getresgid, sys_getresgid16, sys_getresuid, sys_getresuid16, sys_getrlimit, sys_getrusage, sys_getsid, sys_gettid, sys_gettimeofday, sys_getuid, sys_getuid16, sys_init_module, sys_ioctl, sys_kill, sys_lchown, sys_lchown16, sys_link, sys_linkat, sys_llseek, sys_lseek, sys_lstat, sys_lstat64, sys_madvise, sys_mincore, sys_mkdir, sys_mkdirat, sys_mknod, sys_mknodat, sys_mlock, sys_mlockall, sys_mmap2, sys_mount, sys_mprotect, sys_mremap, sys_msync, sys_munlock, sys_munlockall, sys_munmap, sys_nanosleep, sys_newfstat, sys_newlstat, sys_newstat, sys_newuname, sys_nice, sys_old_getrlimit, sys_oldumount, sys_olduname, sys_open, sys_openat, sys_pause, sys_personality, sys_pipe, sys_pipe2, sys_poll, sys_ppoll, sys_prctl, sys_pread64, sys_preadv, sys_prlimit64, sys_pselect6, sys_pwrite64, sys_pwritev, sys_read, sys_readahead, sys_readlink, sys_readlinkat, sys_readv, sys_reboot, sys_rename, sys_renameat, sys_restart_syscall, sys_rmdir, sys_rt_sigaction, sys_rt_sigpending, sys_rt_sigprocmask, sys_rt_sigqueueinfo, sys_rt_sigsuspend, sys_rt_sigtimedwait, sys_rt_tgsigqueueinfo, sys_sched_get_priority_max, sys_sched_get_priority_min, sys_sched_getaffinity, sys_sched_getparam, sys_sched_getscheduler, sys_sched_rr_get_interval, sys_sched_setaffinity, sys_sched_setparam, sys_sched_setscheduler, sys_sched_yield, sys_select, sys_sendfile, sys_sendfile64, sys_set_robust_list, sys_set_thread_area, sys_set_tid_address, sys_setdomainname, sys_setfsgid, sys_setfsgid16, sys_setfsuid, sys_setfsuid16, sys_setgid, sys_setgid16, sys_setgroups, sys_setgroups16, sys_sethostname, sys_setitimer, sys_setpgid, sys_setpriority, sys_setregid, sys_setregid16, sys_setresgid, sys_setresgid16, sys_setresuid, sys_setresuid16, sys_setreuid, sys_setreuid16, sys_setrlimit, sys_setsid, sys_settimeofday, sys_setuid, sys_setuid16, sys_sgetmask, sys_sigaction, sys_signal, sys_signalfd, sys_signalfd4, sys_sigpending, sys_sigprocmask, sys_sigsuspend, sys_ssetmask, sys_stat, sys_stat64, sys_statfs, sys_statfs64, sys_stime, sys_symlink, sys_symlinkat, sys_sync, sys_sync_file_range, sys_sysinfo, sys_syslog, sys_tgkill, sys_time, sys_timer_create, sys_timer_delete, sys_timer_getoverrun, sys_timer_gettime, sys_timer_settime, sys_timerfd_create, sys_timerfd_gettime, sys_timerfd_settime, sys_times, sys_tkill, sys_truncate, sys_truncate64, sys_umask, sys_umount, sys_uname, sys_unlink, sys_unlinkat, sys_utime, sys_utimensat, sys_utimes, sys_wait4, sys_waitid, sys_waitpid, sys_write, sys_writev
extern sys_ipc
extern sys_mq_open, sys_mq_unlink, sys_mq_timedsend, sys_mq_timedreceive, sys_mq_notify, sys_mq_getsetattr
extern sys_ptrace
extern sys_inotify_init, sys_inotify_init1, sys_inotify_add_watch, sys_inotify_rm_watch
extern sys_splice, sys_tee, sys_vmsplice
extern sys_setxattr, sys_lsetxattr, sys_fsetxattr, sys_getxattr, sys_lgetxattr, sys_fgetxattr, sys_listxattr, sys_llistxattr, sys_flistxattr, sys_removexattr, sys_lremovexattr, sys_fremovexattr

section .rodata
global sys_call_table
align 4
sys_call_table:

	dd sys_restart_syscall ; 0 sys_restart_syscall
	dd sys_exit            ; 1 sys_exit
	dd ptregs_fork         ; 2 ptregs_fork
	dd sys_read            ; 3 sys_read
	dd sys_write           ; 4 sys_write
	dd sys_open            ; 5 sys_open
	dd sys_close           ; 6 sys_close
	dd sys_waitpid         ; 7 sys_waitpid
	dd sys_creat           ; 8 sys_creat
	dd sys_link            ; 9 sys_link
	dd sys_unlink          ; 10 sys_unlink
	dd ptregs_execve       ; 11 ptregs_execve
	dd sys_chdir           ; 12 sys_chdir
	dd sys_time            ; 13 sys_time
	dd sys_mknod           ; 14 sys_mknod
	dd sys_chmod           ; 15 sys_chmod
	dd sys_lchown16        ; 16 sys_lchown16
	dd ptregs_ni_syscall   ; 17 sys_ni_syscall
	dd sys_stat            ; 18 sys_stat
	dd sys_lseek           ; 19 sys_lseek
	dd sys_getpid          ; 20 sys_getpid
	dd sys_mount           ; 21 sys_mount
	dd sys_oldumount       ; 22 sys_oldumount
	dd sys_setuid16        ; 23 sys_setuid16
	dd sys_getuid16        ; 24 sys_getuid16
	dd sys_stime           ; 25 sys_stime
	dd sys_ptrace          ; 26 sys_ptrace
	dd sys_alarm           ; 27 sys_alarm
	dd sys_fstat           ; 28 sys_fstat
	dd sys_pause           ; 29 sys_pause
	dd sys_utime           ; 30 sys_utime
	dd ptregs_ni_syscall   ; 31 sys_ni_syscall
	dd ptregs_ni_syscall   ; 32 sys_ni_syscall
	dd sys_access          ; 33 sys_access
	dd sys_nice            ; 34 sys_nice
	dd ptregs_ni_syscall   ; 35 sys_ni_syscall
	dd sys_sync            ; 36 sys_sync
	dd sys_kill            ; 37 sys_kill
	dd sys_rename          ; 38 sys_rename
	dd sys_mkdir           ; 39 sys_mkdir
	dd sys_rmdir           ; 40 sys_rmdir
	dd sys_dup             ; 41 sys_dup
	dd sys_pipe            ; 42 sys_pipe
	dd sys_times           ; 43 sys_times
	dd ptregs_ni_syscall   ; 44 sys_ni_syscall
	dd sys_brk             ; 45 sys_brk
	dd sys_setgid16        ; 46 sys_setgid16
	dd sys_getgid16        ; 47 sys_getgid16
	dd sys_signal          ; 48 sys_signal
	dd sys_geteuid16       ; 49 sys_geteuid16
	dd sys_getegid16       ; 50 sys_getegid16
	dd ptregs_ni_syscall   ; 51 sys_acct
	dd sys_umount          ; 52 sys_umount
	dd ptregs_ni_syscall   ; 53 sys_ni_syscall
	dd sys_ioctl           ; 54 sys_ioctl
	dd sys_fcntl           ; 55 sys_fcntl
	dd ptregs_ni_syscall   ; 56 sys_ni_syscall
	dd sys_setpgid         ; 57 sys_setpgid
	dd ptregs_ni_syscall   ; 58 sys_ni_syscall
	dd sys_uname           ; 59 sys_olduname
	dd sys_umask           ; 60 sys_umask
	dd sys_chroot          ; 61 sys_chroot
extern sys_ustat
	dd sys_ustat           ; 62 sys_ustat
	dd sys_dup2            ; 63 sys_dup2
	dd sys_getppid         ; 64 sys_getppid
	dd sys_getpgrp         ; 65 sys_getpgrp
	dd sys_setsid          ; 66 sys_setsid
	dd sys_sigaction       ; 67 sys_sigaction
	dd sys_sgetmask        ; 68 sys_sgetmask
	dd sys_ssetmask        ; 69 sys_ssetmask
	dd sys_setreuid16      ; 70 sys_setreuid16
	dd sys_setregid16      ; 71 sys_setregid16
	dd sys_sigsuspend      ; 72 sys_sigsuspend
	dd sys_sigpending      ; 73 sys_sigpending
	dd sys_sethostname     ; 74 sys_sethostname
	dd sys_setrlimit       ; 75 sys_setrlimit
	dd sys_old_getrlimit   ; 76 sys_old_getrlimit
	dd sys_getrusage       ; 77 sys_getrusage
	dd sys_gettimeofday    ; 78 sys_gettimeofday
	dd sys_settimeofday    ; 79 sys_settimeofday
	dd sys_getgroups16     ; 80 sys_getgroups16
	dd sys_setgroups16     ; 81 sys_setgroups16
	dd old_select          ; 82 old_select
	dd sys_symlink         ; 83 sys_symlink
	dd sys_lstat           ; 84 sys_lstat
	dd sys_readlink        ; 85 sys_readlink
	dd ptregs_ni_syscall   ; 86 sys_uselib
	dd ptregs_ni_syscall   ; 87 sys_swapon
	dd sys_reboot          ; 88 sys_reboot
extern sys_old_readdir
	dd sys_old_readdir     ; 89 sys_old_readdir
	dd old_mmap            ; 90 old_mmap
	dd sys_munmap          ; 91 sys_munmap
	dd sys_truncate        ; 92 sys_truncate
	dd sys_ftruncate       ; 93 sys_ftruncate
	dd sys_fchmod          ; 94 sys_fchmod
	dd sys_fchown16        ; 95 sys_fchown16
	dd sys_getpriority     ; 96 sys_getpriority
	dd sys_setpriority     ; 97 sys_setpriority
	dd ptregs_ni_syscall   ; 98 sys_ni_syscall
	dd sys_statfs          ; 99 sys_statfs
	dd sys_fstatfs         ; 100 sys_fstatfs
	dd ptregs_ni_syscall   ; 101 sys_ioperm
extern sys_socketcall
	dd sys_socketcall      ; 102 sys_socketcall
	dd sys_syslog          ; 103 sys_syslog
	dd sys_setitimer       ; 104 sys_setitimer
	dd sys_getitimer       ; 105 sys_getitimer
	dd sys_newstat         ; 106 sys_newstat
	dd sys_newlstat        ; 107 sys_newlstat
	dd sys_newfstat        ; 108 sys_newfstat
	dd sys_olduname        ; 109 sys_uname
	dd ptregs_ni_syscall   ; 110 ptregs_iopl
extern sys_vhangup
	dd sys_vhangup         ; 111 sys_vhangup
	dd ptregs_ni_syscall   ; 112 sys_ni_syscall
	dd ptregs_ni_syscall   ; 113 ptregs_vm86old
	dd sys_wait4           ; 114 sys_wait4
	dd ptregs_ni_syscall   ; 115 sys_swapoff
	dd sys_sysinfo         ; 116 sys_sysinfo
	dd sys_ipc            ; 117 sys_ipc
	dd sys_fsync           ; 118 sys_fsync
	dd ptregs_sigreturn    ; 119 ptregs_sigreturn
	dd ptregs_clone        ; 120 ptregs_clone
	dd sys_setdomainname   ; 121 sys_setdomainname
	dd sys_newuname        ; 122 sys_newuname
extern sys_modify_ldt
	dd sys_modify_ldt      ; 123 sys_modify_ldt
	dd ptregs_ni_syscall   ; 124 sys_adjtimex
	dd sys_mprotect        ; 125 sys_mprotect
	dd sys_sigprocmask     ; 126 sys_sigprocmask
	dd ptregs_ni_syscall   ; 127 sys_ni_syscall
	dd sys_init_module     ; 128 sys_init_module
	dd sys_delete_module   ; 129 sys_delete_module
	dd ptregs_ni_syscall   ; 130 sys_ni_syscall
	dd ptregs_ni_syscall   ; 131 sys_quotactl
	dd sys_getpgid         ; 132 sys_getpgid
	dd sys_fchdir          ; 133 sys_fchdir
	dd ptregs_ni_syscall   ; 134 sys_bdflush
extern sys_sysfs
	dd sys_sysfs           ; 135 sys_sysfs
	dd sys_personality     ; 136 sys_personality
	dd ptregs_ni_syscall   ; 137 sys_ni_syscall
	dd sys_setfsuid16      ; 138 sys_setfsuid16
	dd sys_setfsgid16      ; 139 sys_setfsgid16
	dd sys_llseek          ; 140 sys_llseek
	dd sys_getdents        ; 141 sys_getdents
	dd sys_select          ; 142 sys_select
	dd sys_flock          ; 143 sys_flock
	dd sys_msync           ; 144 sys_msync
	dd sys_readv           ; 145 sys_readv
	dd sys_writev          ; 146 sys_writev
	dd sys_getsid          ; 147 sys_getsid
	dd sys_fdatasync       ; 148 sys_fdatasync
	dd ptregs_ni_syscall   ; 149 sys_sysctl
	dd sys_mlock          ; 150 sys_mlock
	dd sys_munlock        ; 151 sys_munlock
	dd sys_mlockall       ; 152 sys_mlockall
	dd sys_munlockall     ; 153 sys_munlockall
	dd sys_sched_setparam  ; 154 sys_sched_setparam
	dd sys_sched_getparam  ; 155 sys_sched_getparam
	dd sys_sched_setscheduler ; 156 sys_sched_setscheduler
	dd sys_sched_getscheduler ; 157 sys_sched_getscheduler
	dd sys_sched_yield     ; 158 sys_sched_yield
	dd sys_sched_get_priority_max ; 159 sys_sched_get_priority_max
	dd sys_sched_get_priority_min ; 160 sys_sched_get_priority_min
	dd sys_sched_rr_get_interval ; 161 sys_sched_rr_get_interval
	dd sys_nanosleep       ; 162 sys_nanosleep
	dd sys_mremap          ; 163 sys_mremap
	dd sys_setresuid16     ; 164 sys_setresuid16
	dd sys_getresuid16     ; 165 sys_getresuid16
	dd ptregs_ni_syscall   ; 166 ptregs_vm86
	dd ptregs_ni_syscall   ; 167 sys_ni_syscall
	dd sys_poll            ; 168 sys_poll
	dd ptregs_ni_syscall   ; 169 sys_nfsservctl
	dd sys_setresgid16     ; 170 sys_setresgid16
	dd sys_getresgid16     ; 171 sys_getresgid16
	dd sys_prctl           ; 172 sys_prctl
	dd ptregs_rt_sigreturn ; 173 ptregs_rt_sigreturn
	dd sys_rt_sigaction    ; 174 sys_rt_sigaction
	dd sys_rt_sigprocmask  ; 175 sys_rt_sigprocmask
	dd sys_rt_sigpending   ; 176 sys_rt_sigpending
	dd sys_rt_sigtimedwait ; 177 sys_rt_sigtimedwait
	dd sys_rt_sigqueueinfo ; 178 sys_rt_sigqueueinfo
	dd sys_rt_sigsuspend   ; 179 sys_rt_sigsuspend
	dd sys_pread64         ; 180 sys_pread64
	dd sys_pwrite64        ; 181 sys_pwrite64
	dd sys_chown16         ; 182 sys_chown16
	dd sys_getcwd          ; 183 sys_getcwd
	dd sys_capget         ; 184 sys_capget
	dd sys_capset         ; 185 sys_capset
	dd ptregs_sigaltstack  ; 186 ptregs_sigaltstack
	dd sys_sendfile        ; 187 sys_sendfile
	dd ptregs_ni_syscall   ; 188 sys_ni_syscall
	dd ptregs_ni_syscall   ; 189 sys_ni_syscall
	dd ptregs_vfork        ; 190 ptregs_vfork
	dd sys_getrlimit       ; 191 sys_getrlimit
	dd sys_mmap2           ; 192 sys_mmap_pgoff
	dd sys_truncate64      ; 193 sys_truncate64
	dd sys_ftruncate64     ; 194 sys_ftruncate64
	dd sys_stat64          ; 195 sys_stat64
	dd sys_lstat64         ; 196 sys_lstat64
	dd sys_fstat64         ; 197 sys_fstat64
	dd sys_lchown          ; 198 sys_lchown
	dd sys_getuid          ; 199 sys_getuid
	dd sys_getgid          ; 200 sys_getgid
	dd sys_geteuid         ; 201 sys_geteuid
	dd sys_getegid         ; 202 sys_getegid
	dd sys_setreuid        ; 203 sys_setreuid
	dd sys_setregid        ; 204 sys_setregid
	dd sys_getgroups       ; 205 sys_getgroups
	dd sys_setgroups       ; 206 sys_setgroups
	dd sys_fchown          ; 207 sys_fchown
	dd sys_setresuid       ; 208 sys_setresuid
	dd sys_getresuid       ; 209 sys_getresuid
	dd sys_setresgid       ; 210 sys_setresgid
	dd sys_getresgid       ; 211 sys_getresgid
	dd sys_chown           ; 212 sys_chown
	dd sys_setuid          ; 213 sys_setuid
	dd sys_setgid          ; 214 sys_setgid
	dd sys_setfsuid        ; 215 sys_setfsuid
	dd sys_setfsgid        ; 216 sys_setfsgid
extern sys_pivot_root
	dd sys_pivot_root      ; 217 sys_pivot_root
	dd sys_mincore        ; 218 sys_mincore
	dd sys_madvise         ; 219 sys_madvise
	dd sys_getdents64      ; 220 sys_getdents64
	dd sys_fcntl64         ; 221 sys_fcntl64
	dd ptregs_ni_syscall   ; 222 sys_ni_syscall
	dd ptregs_ni_syscall   ; 223 sys_ni_syscall
	dd sys_gettid          ; 224 sys_gettid
	dd sys_readahead      ; 225 sys_readahead
	dd sys_setxattr        ; 226 sys_setxattr
	dd sys_lsetxattr       ; 227 sys_lsetxattr
	dd sys_fsetxattr       ; 228 sys_fsetxattr
	dd sys_getxattr        ; 229 sys_getxattr
	dd sys_lgetxattr       ; 230 sys_lgetxattr
	dd sys_fgetxattr       ; 231 sys_fgetxattr
	dd sys_listxattr       ; 232 sys_listxattr
	dd sys_llistxattr      ; 233 sys_llistxattr
	dd sys_flistxattr      ; 234 sys_flistxattr
	dd sys_removexattr     ; 235 sys_removexattr
	dd sys_lremovexattr    ; 236 sys_lremovexattr
	dd sys_fremovexattr    ; 237 sys_fremovexattr
	dd sys_tkill           ; 238 sys_tkill
	dd sys_sendfile64      ; 239 sys_sendfile64
	dd sys_futex           ; 240 sys_futex
	dd sys_sched_setaffinity ; 241 sys_sched_setaffinity
	dd sys_sched_getaffinity ; 242 sys_sched_getaffinity
	dd sys_set_thread_area ; 243 sys_set_thread_area
	dd sys_get_thread_area ; 244 sys_get_thread_area
	dd ptregs_ni_syscall   ; 245 sys_io_setup
	dd ptregs_ni_syscall   ; 246 sys_io_destroy
	dd ptregs_ni_syscall   ; 247 sys_io_getevents
	dd ptregs_ni_syscall   ; 248 sys_io_submit
	dd ptregs_ni_syscall   ; 249 sys_io_cancel
	dd sys_fadvise64      ; 250 sys_fadvise64
	dd ptregs_ni_syscall   ; 251 sys_ni_syscall
	dd sys_exit_group      ; 252 sys_exit_group
	dd ptregs_ni_syscall   ; 253 sys_lookup_dcookie
	dd sys_epoll_create    ; 254 sys_epoll_create
	dd sys_epoll_ctl       ; 255 sys_epoll_ctl
	dd sys_epoll_wait      ; 256 sys_epoll_wait
	dd ptregs_ni_syscall   ; 257 sys_remap_file_pages
	dd sys_set_tid_address ; 258 sys_set_tid_address
	dd sys_timer_create   ; 259 sys_timer_create
	dd sys_timer_settime  ; 260 sys_timer_settime
	dd sys_timer_gettime  ; 261 sys_timer_gettime
	dd sys_timer_getoverrun; 262 sys_timer_getoverrun
	dd sys_timer_delete   ; 263 sys_timer_delete
	dd sys_clock_settime   ; 264 sys_clock_settime
	dd sys_clock_gettime   ; 265 sys_clock_gettime
	dd sys_clock_getres    ; 266 sys_clock_getres
	dd sys_clock_nanosleep ; 267 sys_clock_nanosleep
	dd sys_statfs64        ; 268 sys_statfs64
	dd sys_fstatfs64       ; 269 sys_fstatfs64
	dd sys_tgkill          ; 270 sys_tgkill
	dd sys_utimes          ; 271 sys_utimes
	dd sys_fadvise64_64   ; 272 sys_fadvise64_64
	dd ptregs_ni_syscall   ; 273 sys_ni_syscall
	dd ptregs_ni_syscall   ; 274 sys_mbind
	dd ptregs_ni_syscall   ; 275 sys_get_mempolicy
	dd ptregs_ni_syscall   ; 276 sys_set_mempolicy
	dd sys_mq_open        ; 277 sys_mq_open
	dd sys_mq_unlink      ; 278 sys_mq_unlink
	dd sys_mq_timedsend   ; 279 sys_mq_timedsend
	dd sys_mq_timedreceive; 280 sys_mq_timedreceive
	dd sys_mq_notify      ; 281 sys_mq_notify
	dd sys_mq_getsetattr  ; 282 sys_mq_getsetattr
	dd ptregs_ni_syscall   ; 283 sys_kexec_load
	dd sys_waitid         ; 284 sys_waitid
	dd ptregs_ni_syscall   ; 285 sys_ni_syscall
	dd ptregs_ni_syscall   ; 286 sys_add_key
	dd ptregs_ni_syscall   ; 287 sys_request_key
	dd ptregs_ni_syscall   ; 288 sys_keyctl
extern sys_ioprio_set
	dd sys_ioprio_set      ; 289 sys_ioprio_set
extern sys_ioprio_get
	dd sys_ioprio_get      ; 290 sys_ioprio_get
	dd sys_inotify_init    ; 291 sys_inotify_init
	dd sys_inotify_add_watch ; 292 sys_inotify_add_watch
	dd sys_inotify_rm_watch ; 293 sys_inotify_rm_watch
	dd ptregs_ni_syscall   ; 294 sys_migrate_pages
	dd sys_openat          ; 295 sys_openat
	dd sys_mkdirat         ; 296 sys_mkdirat
	dd sys_mknodat         ; 297 sys_mknodat
	dd sys_fchownat        ; 298 sys_fchownat
	dd sys_futimesat       ; 299 sys_futimesat
	dd sys_fstatat64       ; 300 sys_fstatat64
	dd sys_unlinkat        ; 301 sys_unlinkat
	dd sys_renameat        ; 302 sys_renameat
	dd sys_linkat          ; 303 sys_linkat
	dd sys_symlinkat       ; 304 sys_symlinkat
	dd sys_readlinkat      ; 305 sys_readlinkat
	dd sys_fchmodat        ; 306 sys_fchmodat
	dd sys_faccessat       ; 307 sys_faccessat
	dd sys_pselect6        ; 308 sys_pselect6
	dd sys_ppoll           ; 309 sys_ppoll
extern sys_unshare
	dd sys_unshare         ; 310 sys_unshare
	dd sys_set_robust_list ; 311 sys_set_robust_list
	dd sys_get_robust_list ; 312 sys_get_robust_list
	dd sys_splice          ; 313 sys_splice
	dd sys_sync_file_range; 314 sys_sync_file_range
	dd sys_tee             ; 315 sys_tee
	dd sys_vmsplice        ; 316 sys_vmsplice
	dd ptregs_ni_syscall   ; 317 sys_move_pages
	dd sys_getcpu         ; 318 sys_getcpu
	dd sys_epoll_pwait     ; 319 sys_epoll_pwait
	dd sys_utimensat       ; 320 sys_utimensat
	dd sys_signalfd        ; 321 sys_signalfd
	dd sys_timerfd_create  ; 322 sys_timerfd_create
	dd sys_eventfd         ; 323 sys_eventfd
extern sys_fallocate
	dd sys_fallocate       ; 324 sys_fallocate
	dd sys_timerfd_settime ; 325 sys_timerfd_settime
	dd sys_timerfd_gettime ; 326 sys_timerfd_gettime
	dd sys_signalfd4       ; 327 sys_signalfd4
	dd sys_eventfd2        ; 328 sys_eventfd2
	dd sys_epoll_create1   ; 329 sys_epoll_create1
	dd sys_dup3            ; 330 sys_dup3
	dd sys_pipe2           ; 331 sys_pipe2
	dd sys_inotify_init1   ; 332 sys_inotify_init1
	dd sys_preadv         ; 333 sys_preadv
	dd sys_pwritev        ; 334 sys_pwritev
	dd sys_rt_tgsigqueueinfo; 335 sys_rt_tgsigqueueinfo
	dd ptregs_ni_syscall   ; 336 sys_perf_event_open
	times 340 - 337 dd ptregs_ni_syscall ; 337-339: later Linux's calls (recvmmsg...): -ENOSYS
	dd sys_prlimit64       ; 340 sys_prlimit64 (2.6.36's: glibc's setrlimit issues only this)
	times 511 - 341 dd ptregs_ni_syscall ; 341-510: later Linux's calls: -ENOSYS
	; LAB 7: BEGIN SOLUTION
extern sys_linnet_info
	dd sys_linnet_info     ; 511 Linnet's own linnet_info (docs/labs/lab7-syscall.md)
	; LAB 7: END SOLUTION (skeleton: dd ptregs_ni_syscall)

section .note.GNU-stack noalloc noexec nowrite progbits
