using BenchmarkDotNet.Running;
using CopyLint.Benchmarks;

// dotnet run -c Release --project bench/CopyLint.Benchmarks -- --filter '*'   (add --job short for a quick pass)
// DOTNET_TieredCompilation=0 dotnet run -c Release --project bench/CopyLint.Benchmarks -- costs [files…]
//   prints what each analyzer costs per file on the corpus's copy (see AnalyzerCosts).
// DOTNET_TieredCompilation=0 dotnet run -c Release --project bench/CopyLint.Benchmarks -- interference [files…]
//   the families alone and together, arranged several ways, by the thread's CPU clock (see FamilyInterference).
if (args is ["costs", .. var files])
{
    AnalyzerCosts.Run(files);
    return;
}

if (args is ["startup", .. var startupFiles])
{
    StartupCosts.Run(startupFiles);
    return;
}

if (args is ["interference", .. var named])
{
    FamilyInterference.Run(named);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
