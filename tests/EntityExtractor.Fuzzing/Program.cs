using EntityExtractor.Fuzzing;
using SharpFuzz;

// Under afl-fuzz (fuzz.sh) this loops over the fuzzer's inputs; run by hand it reads one input from stdin, which is
// how a finding is replayed: dotnet EntityExtractor.Fuzzing.dll extract < findings/default/crashes/id:000000…
if (args.Length != 1 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: EntityExtractor.Fuzzing <{string.Join('|', FuzzTargets.All.Keys)}>");
    return 2;
}

Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
