using BenchmarkDotNet.Running;

namespace AdminDocs.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/AdminDocs.Benchmarks -- --filter *</c>.</summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "write-hostile")
        {
            // The hostile inputs as files, to measure each one's peak memory in a process of its own
            // (docs/reliability.md).
            HostileInputBenchmarks.WriteAll(args[1]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new InProcessConfig());
    }
}
