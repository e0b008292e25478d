//go:build windows

package main

import "syscall"

// consoleUTF8 sets the console output code page to UTF-8 (65001) while rapor
// runs, so that Indonesian and English messages (é, …, ✓) show correctly
// also where the output goes through a program that decodes with the
// console code page (e.g. `rapor validate | more`); Go itself writes to a
// console window with WriteConsoleW, which needs no code page. restore puts
// the earlier code page back.
func consoleUTF8() (restore func()) {
	kernel32 := syscall.NewLazyDLL("kernel32.dll")
	get, set := kernel32.NewProc("GetConsoleOutputCP"), kernel32.NewProc("SetConsoleOutputCP")
	if get.Find() != nil || set.Find() != nil {
		return func() {}
	}
	old, _, _ := get.Call()
	if old == 0 || old == 65001 {
		return func() {}
	}
	set.Call(65001)
	return func() { set.Call(old) }
}
