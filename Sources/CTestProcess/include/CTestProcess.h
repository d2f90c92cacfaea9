// CTestProcess: what the test process does before main, where jobhunt's and
// jobhunt-bench's main.swift call Entry.prepareProcess(). SwiftPM generates the
// test runner's main, so a load-time constructor stands in for it: it chooses
// the OpenBLAS core type (cblas_shim_choose_core, which may call setenv) while
// the process has one thread, before Swift Testing runs suites in parallel and
// some of them start child processes (Foundation's Process copies environ).
#ifndef CTESTPROCESS_H
#define CTESTPROCESS_H

/// 1 once the constructor ran (for a test that checks it did).
int ctestprocess_prepared(void);

#endif
