using System.Runtime.InteropServices;

namespace CopyLint.Benchmarks;

/// <summary>
/// The calling thread's CPU time and context switches: on a loaded machine wall time counts other processes' turns,
/// and a batch the scheduler interrupted starts again with caches other processes have filled.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID
    private const int UsageOfThread = 1; // RUSAGE_THREAD

    public static double CpuMicroseconds()
    {
        ClockGetTime(ThreadCpuTimeClock, out var time);
        return time.Seconds * 1e6 + time.Nanoseconds / 1e3;
    }

    /// <summary>Voluntary plus involuntary context switches of the calling thread so far.</summary>
    public static long ContextSwitches()
    {
        var usage = new long[18]; // struct rusage: two timevals, then fourteen longs ending with nvcsw, nivcsw
        GetResourceUsage(UsageOfThread, usage);
        return usage[16] + usage[17];
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, [Out] long[] usage);
}
