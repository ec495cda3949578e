#pragma once

namespace netlab {

// The process's open-file limit (RLIMIT_NOFILE), shared by the servers and the executables.
//
// Every client socket costs a descriptor; at the usual soft limit of 1,024 a server that
// accepts more reaches EMFILE. The executables raise the soft limit to the hard one at start,
// and servers cap their clients below what is left.

// Raises the soft limit to the hard one; returns the soft limit now in force (-1: unlimited or
// unknown, as on Windows).
int raiseOpenFileLimit();

// The soft limit now in force (-1: unlimited or unknown).
int openFileLimit();

// wanted, or fewer so that some descriptors stay free for files, logs and the listener (an
// eighth of the limit, between 8 and 64).
int clientCapForDescriptors(int wanted);

} // namespace netlab
