using BenchmarkDotNet.Running;
using CopyLint.Benchmarks;

// dotnet run -c Release --project bench/CopyLint.Benchmarks -- --filter '*'   (add --job short for a quick pass)
// DOTNET_TieredCompilation=0 dotnet run -c Release --project bench/CopyLint.Benchmarks -- costs [files…]
//   prints what each analyzer costs per file on the corpus's copy (see AnalyzerCosts).
if (args is ["costs", .. var files])
{
    AnalyzerCosts.Run(files);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
