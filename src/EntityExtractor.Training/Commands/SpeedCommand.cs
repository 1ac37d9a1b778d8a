using System.Diagnostics;
using EntityExtractor.Recognition;

namespace EntityExtractor.Training.Commands;

/// <summary><c>speed</c>: single-thread throughput and allocation of extraction on a text file, and model load time.</summary>
internal sealed class SpeedCommand : ITrainingCommand
{
    public string Name => "speed";

    public string Usage => "--text <file> [--model <bin>] [--seconds 5] [--split-on-blank-lines]   (split: the file holds many documents, separated by two blank lines)";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string text = File.ReadAllText(arguments.Required("text"));
        int seconds = arguments.Int("seconds", 5);
        string[] documents = arguments.Flag("split-on-blank-lines")
            ? text.Split("\n\n\n", StringSplitOptions.RemoveEmptyEntries)
            : [text];
        string? modelPath = arguments.Optional("model");
        arguments.RejectUnknown();

        var clock = Stopwatch.StartNew();
        EntityModel model = modelPath is null ? EntityModel.Default : Load(modelPath);
        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { Model = model });
        Console.WriteLine(FormattableString.Invariant($"create ({(modelPath is null ? "embedded model" : modelPath)} load, first use): {clock.Elapsed.TotalMilliseconds:0} ms"));
        byte[] bytes = model.Tagger.Write();
        clock.Restart();
        _ = TaggerModel.Read(bytes);
        Console.WriteLine(FormattableString.Invariant($"model read again (warm): {clock.Elapsed.TotalMilliseconds:0} ms, {bytes.Length:N0} bytes"));

        int tokens = documents.Sum(d => extractor.Extract(d).Tokens.Count);
        Console.WriteLine($"{documents.Length:N0} documents, {tokens:N0} tokens");
        Measure("tokenize", () => documents.Sum(d => EntityExtractor.Tokenization.NewsTokenizer.TokenizeToArray(d).Length));
        var recognizer = new EntityRecognizer(model.Tagger, UserDictionary.Empty);
        Measure("tag (tokenize, split, recognize entities)", () => documents.Sum(d =>
        {
            var tokenArray = EntityExtractor.Tokenization.NewsTokenizer.TokenizeToArray(d);
            return recognizer.Recognize(d, tokenArray, EntityExtractor.Sentences.SentenceSplitter.Split(d, tokenArray)).Count;
        }));
        Measure("extract (everything: tokens, sentences, entities, casualties)", () => documents.Sum(d => extractor.Extract(d).Entities.Count));
        return 0;

        static EntityModel Load(string path)
        {
            using var stream = File.OpenRead(path);
            return EntityModel.Load(stream);
        }

        void Measure(string name, Func<int> work)
        {
            for (int i = 0; i < 3; i++)
            {
                work();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long runs = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                work();
                runs++;
            }

            double elapsed = watch.Elapsed.TotalSeconds;
            long bytesPerRun = (GC.GetAllocatedBytesForCurrentThread() - allocated) / runs;
            Console.WriteLine(FormattableString.Invariant($"{name}: {runs * tokens / elapsed:N0} tokens/s, {bytesPerRun:N0} bytes allocated a run of {tokens:N0} tokens ({(double)bytesPerRun / tokens:0.0} a token)"));
        }
    }
}
