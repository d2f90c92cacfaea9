// Resource figures of the running process that benchmarks report.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Peak memory and clocks for benchmark reports.
public enum ProcessMetrics {
    /// The peak resident set size so far, in bytes (`getrusage` `ru_maxrss`:
    /// kilobytes on Linux, bytes on macOS).
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
            guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
            return Int(usage.ru_maxrss)
        #else
            guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
            return Int(usage.ru_maxrss) * 1024
        #endif
    }

    /// CPU seconds (user + system) this process has used, over all its threads:
    /// on a shared machine, wall time also counts other people's work.
    public static func cpuSeconds() -> Double { cpuSeconds(children: false) }

    /// CPU seconds used by finished child processes that were waited for: a
    /// cold-process benchmark reports it beside wall time, which on a shared
    /// machine also counts waiting for a core.
    public static func childrenCPUSeconds() -> Double { cpuSeconds(children: true) }

    private static func cpuSeconds(children: Bool) -> Double {
        var usage = rusage()
        #if canImport(Darwin)
            guard getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage) == 0 else { return 0 }
        #else
            guard getrusage((children ? RUSAGE_CHILDREN : RUSAGE_SELF).rawValue, &usage) == 0 else { return 0 }
        #endif
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// Seconds on a monotonic clock, for intervals.
    public static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// The value at fraction `q` (0...1) of `values` by nearest rank.
    public static func percentile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
