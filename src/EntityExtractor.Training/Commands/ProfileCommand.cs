using System.Diagnostics;
using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Training.Commands;

/// <summary>
/// <c>profile</c>: where tagging time goes, stage by stage (tokenize, split, features, scores, Viterbi, document
/// hints, second pass), over the documents of a text file, single-threaded, with a stopwatch.
/// </summary>
internal sealed class ProfileCommand : ITrainingCommand
{
    private const int L = BioLabels.Count;
    private const int M = FeatureExtractor.MaxFeaturesPerToken;

    public string Name => "profile";

    public string Usage => "--text <file> [--runs 5]   (the file's documents are separated by two blank lines)";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string[] documents = File.ReadAllText(arguments.Required("text")).Split("\n\n\n", StringSplitOptions.RemoveEmptyEntries);
        int runs = arguments.Int("runs", 5);
        arguments.RejectUnknown();

        TaggerModel model = EmbeddedModel.Default;
        var names = new[] { "tokenize", "split", "features", "scores (both)", "viterbi 1", "hints", "score 2", "viterbi 2", "(gazetteer)", "(classes)" };
        var ticks = new long[names.Length];
        long tokenCount = 0;
        var features = new uint[EntityTagger.MaxWindow * M];
        var counts = new int[EntityTagger.MaxWindow];
        var scratch = new uint[EntityTagger.MaxWindow * FeatureExtractor.ScratchPerToken];
        var emissions = new float[EntityTagger.MaxWindow * L];
        var decoder = new float[EntityTagger.MaxWindow * ViterbiDecoder.ScratchPerToken];
        var hintFeatures = new uint[EntityTagger.MaxWindow * FeatureExtractor.HintFeatureCount];
        TimeSpan cpuStart = TimeSpan.Zero;
        for (int run = 0; run <= runs; run++)
        {
            if (run == 1)
            {
                Array.Clear(ticks);
                tokenCount = 0;
                cpuStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            }

            foreach (string text in documents)
            {
                long t0 = Stopwatch.GetTimestamp();
                Token[] tokens = NewsTokenizer.TokenizeToArray(text);
                long t1 = Stopwatch.GetTimestamp();
                IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(text, tokens);
                long t2 = Stopwatch.GetTimestamp();
                ticks[0] += t1 - t0;
                ticks[1] += t2 - t1;
                tokenCount += tokens.Length;
                var labels = new byte[tokens.Length];
                var margins = new float[tokens.Length];
                var hints = new uint[tokens.Length];
                var sums = new int[tokens.Length * TwoPassWeights.SumStride];
                var words = new uint[tokens.Length * FeatureExtractor.WordFeatureCount];
                foreach (var sentence in sentences)
                {
                    for (int start = sentence.FirstToken; start < sentence.EndToken; start += EntityTagger.MaxWindow)
                    {
                        int n = Math.Min(EntityTagger.MaxWindow, sentence.EndToken - start);
                        Pass1(text, tokens.AsSpan(start, n), labels.AsSpan(start, n), sums.AsSpan(start * TwoPassWeights.SumStride), words.AsSpan(start * FeatureExtractor.WordFeatureCount));
                    }
                }

                if (model.Second is { } second)
                {
                    long h0 = Stopwatch.GetTimestamp();
                    DocumentHints.Compute(text, tokens, labels, hints);
                    ticks[5] += Stopwatch.GetTimestamp() - h0;
                    foreach (var sentence in sentences)
                    {
                        for (int start = sentence.FirstToken; start < sentence.EndToken; start += EntityTagger.MaxWindow)
                        {
                            int n = Math.Min(EntityTagger.MaxWindow, sentence.EndToken - start);
                            long a = Stopwatch.GetTimestamp();
                            FeatureExtractor.HintFeatures(words.AsSpan(start * FeatureExtractor.WordFeatureCount), hints.AsSpan(start, n), n, hintFeatures);
                            model.Weights.ScoreSecond(hintFeatures, sums.AsSpan(start * TwoPassWeights.SumStride), n, emissions);
                            long c = Stopwatch.GetTimestamp();
                            ViterbiDecoder.Decode(emissions, n, second.Transitions, labels.AsSpan(start, n), margins.AsSpan(start, n), decoder);
                            long d = Stopwatch.GetTimestamp();
                            ticks[6] += c - a;
                            ticks[7] += d - c;
                        }
                    }
                }
            }
        }

        double cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        Console.WriteLine($"gazetteer: {model.Gazetteer?.Count} phrases, longest {model.Gazetteer?.MaxTokens} tokens");
        double total = 0;
        for (int i = 0; i < names.Length; i++)
        {
            double seconds = (double)ticks[i] / Stopwatch.Frequency;
            total += names[i][0] == '(' ? 0 : seconds;
            Console.WriteLine(FormattableString.Invariant($"{names[i],-16} {seconds * 1e9 / tokenCount,8:0.0} ns/token"));
        }

        Console.WriteLine(FormattableString.Invariant($"{"total",-16} {total * 1e9 / tokenCount,8:0.0} ns/token = {tokenCount / total:N0} tokens/s ({tokenCount:N0} tokens)"));
        Console.WriteLine(FormattableString.Invariant($"process CPU time (less sensitive to other processes' load): {tokenCount / cpu:N0} tokens/s with the stopwatch overhead"));
        return 0;

        void Pass1(string text, ReadOnlySpan<Token> tokens, Span<byte> labels, Span<int> sums, Span<uint> words)
        {
            int n = tokens.Length;
            long a = Stopwatch.GetTimestamp();
            model.Features.Extract(text, tokens, features, counts, scratch);
            long b = Stopwatch.GetTimestamp();
            model.Weights.Score(features, counts, n, emissions, sums);
            FeatureExtractor.KeepWordFeatures(features, n, words);
            long c = Stopwatch.GetTimestamp();
            ViterbiDecoder.Decode(emissions, n, model.First.Transitions, labels, default, decoder);
            long d = Stopwatch.GetTimestamp();
            if (model.Gazetteer is { } gazetteer)
            {
                gazetteer.Mark(text, tokens, scratch);
            }

            long g = Stopwatch.GetTimestamp();
            if (model.WordClasses is { } classes)
            {
                foreach (var token in tokens)
                {
                    scratch[0] += classes.Find(text.AsSpan(token.Start, token.Length));
                }
            }

            ticks[8] += g - d;
            ticks[9] += Stopwatch.GetTimestamp() - g;
            ticks[2] += b - a;
            ticks[3] += c - b;
            ticks[4] += d - c;
        }
    }
}
