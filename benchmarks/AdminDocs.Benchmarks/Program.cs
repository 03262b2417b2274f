using BenchmarkDotNet.Running;

namespace AdminDocs.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/AdminDocs.Benchmarks -- --filter *</c>.</summary>
internal static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new InProcessConfig());
}
