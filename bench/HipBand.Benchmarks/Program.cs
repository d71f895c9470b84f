using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/HipBand.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(HipBand.Benchmarks.DialogBenchmarks).Assembly).Run(args);
