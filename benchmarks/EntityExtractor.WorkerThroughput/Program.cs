// Documents per second through 1, then 2 (or the counts given as arguments) `entity-extractor worker` processes,
// on a RabbitMQ node of its own (Debian's rabbitmq-server, as in the worker tests). The documents are the benchmark
// text cut at blank lines: EE_BENCH_TEXT, else ../shared/bench/news.txt beside the repository root.
// Run: dotnet run -c Release --project benchmarks/EntityExtractor.WorkerThroughput -- 1 2
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using EntityExtractor.Worker.Tests;

string path = Environment.GetEnvironmentVariable("EE_BENCH_TEXT")
    ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/bench/news.txt"));
var documents = Regex.Split(File.ReadAllText(path), @"\n\s*\n")
    .Select(paragraph => paragraph.Trim())
    .Where(paragraph => paragraph.Length > 0)
    .Select((text, i) => TestDocumentMessage(i, text))
    .ToList();
int[] workerCounts = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 2];
Console.WriteLine($"{documents.Count} documents from {path}; {Environment.ProcessorCount} cores");

await using var broker = await RabbitMqBroker.StartAsync();
foreach (int count in workerCounts)
{
    var queues = TestQueues.Create();
    await using var client = await BrokerClient.OpenAsync(broker.Uri, queues);
    await client.PublishAsync(documents);
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, count).Select(_ => WorkerProcess.Start(broker.Uri, queues, "--report-seconds", "5")).ToArray();
    TimeSpan? first = null;
    while (client.ResultIds.Count < documents.Count)
    {
        if (clock.Elapsed > TimeSpan.FromMinutes(20))
        {
            throw new TimeoutException($"{client.ResultIds.Count} of {documents.Count} results after 20 minutes");
        }

        if (first is null && !client.ResultIds.IsEmpty)
        {
            first = clock.Elapsed;
        }

        await Task.Delay(20);
    }

    var total = clock.Elapsed;
    foreach (var worker in workers)
    {
        await worker.TerminateAsync(TimeSpan.FromSeconds(60));
        worker.Dispose();
    }

    var steady = total - (first ?? TimeSpan.Zero);
    Console.WriteLine(
        $"{count} worker(s): {documents.Count} documents in {total.TotalSeconds:F1} s from start = {documents.Count / total.TotalSeconds:F0} documents/s; " +
        $"{documents.Count / steady.TotalSeconds:F0} documents/s from the first result to the last");
}

static byte[] TestDocumentMessage(int index, string text) =>
    System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { id = $"news-{index}", text });
