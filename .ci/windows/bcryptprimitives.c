/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks and Rust's standard
 * library imports for ProcessPrng. It forwards to advapi32's RtlGenRandom (SystemFunction036).
 * Used only by .ci/run to run the Windows build under Wine; it is never shipped: Windows 10 and
 * 11 have the real DLL. */
#include <windows.h>

typedef BOOLEAN(WINAPI *RtlGenRandomFn)(PVOID, ULONG);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    static RtlGenRandomFn gen_random;
    if (!gen_random) {
        HMODULE advapi = LoadLibraryA("advapi32.dll");
        if (!advapi) return FALSE;
        gen_random = (RtlGenRandomFn)(void *)GetProcAddress(advapi, "SystemFunction036");
        if (!gen_random) return FALSE;
    }
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!gen_random(data, chunk)) return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
