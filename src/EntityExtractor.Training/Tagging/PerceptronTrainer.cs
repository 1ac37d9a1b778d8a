using System.Diagnostics;
using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;

namespace EntityExtractor.Training.Tagging;

/// <summary>
/// Averaged structured perceptron over the library's features and constrained Viterbi decoder. Deterministic:
/// sentences are shuffled with a fixed seed; the epoch with the best dev micro F1 is kept (early stop after
/// <see cref="Patience"/> epochs without gain). Exports int16-quantized weights of the features that matter.
/// Corpus-aware (feature augmentation, Daumé 2007, one-sided): a sentence of another corpus than the general one
/// fires each feature twice, as itself and as a copy tagged with its corpus, so the copies learn where that corpus's
/// conventions differ and the general weights, the only ones exported and used at run time, keep CoNLL's.
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int L = BioLabels.Count;
    private const int Patience = 5;

    /// <summary>Hash template of the corpus copies of features (plus the corpus number).</summary>
    private const int CorpusCopyTemplate = 900;

    private readonly Action<string> _log;

    public bool Quiet { get; init; }

    public PerceptronTrainer(Action<string> log)
    {
        _log = log;
    }

    public int Epochs { get; init; } = 15;

    public int Seed { get; init; } = 20261124;

    public int MinCount { get; init; } = 2;

    /// <summary>Runs with seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, …, whose weights are averaged.</summary>
    public int Runs { get; init; } = 1;

    public double BestDevF1 { get; private set; }

    /// <summary>
    /// Share of training tokens (drawn anew each epoch) whose word features (the word and its lower case) are left
    /// out, so the model learns to type a name from its context and shape as well; 0 leaves every feature in.
    /// </summary>
    public double WordDropout { get; init; }

    /// <summary>Rows of the word features <see cref="WordDropout"/> leaves out.</summary>
    private HashSet<int> _wordRows = [];

    /// <summary>Trains one pass; <c>Hints</c> are the document features of a second pass (null in the first).</summary>
    public LinearStage Train(IReadOnlyList<TrainingSentence> train, IReadOnlyList<TrainingSentence> dev)
    {
        var clock = Stopwatch.StartNew();
        var corpusCopies = new HashSet<uint>();
        var trainHashes = train.Select(s => Hashes(s, corpusCopies)).ToArray();
        var counts = new Dictionary<uint, int>();
        foreach (var sentence in trainHashes)
        {
            foreach (var token in sentence)
            {
                foreach (uint h in token)
                {
                    counts[h] = counts.GetValueOrDefault(h) + 1;
                }
            }
        }

        var index = new Dictionary<uint, int>();
        foreach (var (hash, count) in counts.OrderBy(p => p.Key))
        {
            if (count >= MinCount)
            {
                index[hash] = index.Count;
            }
        }

        Log($"features: {counts.Count:N0} distinct, {index.Count:N0} seen at least {MinCount} times ({clock.Elapsed.TotalSeconds:0.0}s)");
        var trainSet = trainHashes.Select((s, i) => Encode(s, index, train[i].Sentence.Labels)).ToArray();
        _wordRows = [.. trainHashes.SelectMany(s => s).SelectMany(token => token.Skip(1).Take(2)).Where(index.ContainsKey).Select(h => index[h])];
        var devSet = dev.Select(s => Encode(Hashes(s, corpusCopies), index, s.Sentence.Labels)).ToArray();

        float[]? sumW = null, sumT = null;
        for (int run = 0; run < Runs; run++)
        {
            var (runW, runT, runBest) = TrainOnce(index.Count, trainSet, devSet, Seed + run);
            if (sumW is null || sumT is null)
            {
                (sumW, sumT) = (runW, runT);
            }
            else
            {
                for (int i = 0; i < sumW.Length; i++)
                {
                    sumW[i] += runW[i];
                }

                for (int i = 0; i < sumT.Length; i++)
                {
                    sumT[i] += runT[i];
                }
            }

            BestDevF1 = Math.Max(BestDevF1, runBest);
        }

        if (Runs > 1)
        {
            for (int i = 0; i < sumW!.Length; i++)
            {
                sumW[i] /= Runs;
            }

            for (int i = 0; i < sumT!.Length; i++)
            {
                sumT[i] /= Runs;
            }

            var score = new SpanScore();
            foreach (var sentence in devSet)
            {
                score.Add(sentence.Gold, Decode(sentence, sumW, sumT));
            }

            BestDevF1 = score.MicroF1;
            Log(FormattableString.Invariant($"average of {Runs} runs: dev micro F1 {score.MicroF1:0.0000}"));
        }

        return Export(index, sumW!, sumT!, corpusCopies);
    }

    /// <summary>One training run from <paramref name="seed"/>: the averaged weights of its best dev epoch.</summary>
    private (float[] W, float[] T, double Best) TrainOnce(int f, EncodedSentence[] trainSet, EncodedSentence[] devSet, int seed)
    {
        var clock = Stopwatch.StartNew();
        var w = new float[f * L];
        var u = new double[f * L];
        var t = new float[ViterbiDecoder.TransitionCount];
        var tu = new double[ViterbiDecoder.TransitionCount];
        long c = 1;
        float[]? bestW = null, bestT = null;
        double best = -1;
        int sinceBest = 0;
        var order = Enumerable.Range(0, trainSet.Length).ToArray();
        var random = new Random(seed);
        var avgW = new float[w.Length];
        var avgT = new float[t.Length];
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int s in order)
            {
                var sentence = WordDropout > 0 ? Drop(trainSet[s], random) : trainSet[s];
                byte[] predicted = Decode(sentence, w, t);
                if (predicted.AsSpan().SequenceEqual(sentence.Gold))
                {
                    c++;
                    continue;
                }

                mistakes++;
                int previousGold = -1, previousPredicted = -1;
                for (int i = 0; i < sentence.Length; i++)
                {
                    int g = sentence.Gold[i], p = predicted[i];
                    if (g != p)
                    {
                        for (int k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
                        {
                            int row = sentence.Features[k] * L;
                            w[row + g] += 1;
                            u[row + g] += c;
                            w[row + p] -= 1;
                            u[row + p] -= c;
                        }
                    }

                    if (g != p || previousGold != previousPredicted)
                    {
                        int tg = ((previousGold + 1) * L) + g, tp = ((previousPredicted + 1) * L) + p;
                        t[tg] += 1;
                        tu[tg] += c;
                        t[tp] -= 1;
                        tu[tp] -= c;
                    }

                    previousGold = g;
                    previousPredicted = p;
                }

                c++;
            }

            for (int i = 0; i < w.Length; i++)
            {
                avgW[i] = (float)(w[i] - (u[i] / c));
            }

            for (int i = 0; i < t.Length; i++)
            {
                avgT[i] = (float)(t[i] - (tu[i] / c));
            }

            var score = new SpanScore();
            foreach (var sentence in devSet)
            {
                score.Add(sentence.Gold, Decode(sentence, avgW, avgT));
            }

            double f1 = score.MicroF1;
            Log(FormattableString.Invariant($"epoch {epoch,2}: {mistakes,5} sentences wrong, dev micro F1 {f1:0.0000} (PER {score.F1(EntityType.Person):0.000} ORG {score.F1(EntityType.Organization):0.000} LOC {score.F1(EntityType.Location):0.000}) {clock.Elapsed.TotalSeconds:0}s"));
            if (f1 > best)
            {
                best = f1;
                bestW = (float[])avgW.Clone();
                bestT = (float[])avgT.Clone();
                sinceBest = 0;
            }
            else if (++sinceBest >= Patience)
            {
                Log($"no gain for {Patience} epochs: stopping");
                break;
            }
        }

        return (bestW!, bestT!, best);
    }

    /// <summary>The general features' weights, quantized; the corpus copies (<paramref name="corpusCopies"/>) stay behind.</summary>
    private LinearStage Export(Dictionary<uint, int> index, float[] weights, float[] transitions, HashSet<uint> corpusCopies)
    {
        float maxAbs = 0;
        foreach (float x in weights)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(x));
        }

        float scale = maxAbs / short.MaxValue;
        var keys = new List<uint>();
        var quantized = new List<short>();
        Span<short> row = stackalloc short[L];
        foreach (var (hash, i) in index)
        {
            if (corpusCopies.Contains(hash))
            {
                continue;
            }

            bool any = false;
            for (int y = 0; y < L; y++)
            {
                row[y] = (short)Math.Round(weights[(i * L) + y] / scale);
                any |= row[y] != 0;
            }

            if (!any)
            {
                continue;
            }

            keys.Add(hash);
            foreach (short q in row)
            {
                quantized.Add(q);
            }
        }

        Log($"exported {keys.Count:N0} features with a non-zero weight (scale {scale:G4})");
        return new LinearStage(keys.ToArray(), quantized.ToArray(), scale, transitions);
    }

    private void Log(string message)
    {
        if (!Quiet)
        {
            _log(message);
        }
    }

    /// <summary>The sentence without the word features of a <see cref="WordDropout"/> share of its tokens.</summary>
    private EncodedSentence Drop(EncodedSentence sentence, Random random)
    {
        var offsets = new int[sentence.Length + 1];
        var features = new List<int>(sentence.Features.Length);
        for (int i = 0; i < sentence.Length; i++)
        {
            bool drop = random.NextDouble() < WordDropout;
            for (int k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                if (!drop || !_wordRows.Contains(sentence.Features[k]))
                {
                    features.Add(sentence.Features[k]);
                }
            }

            offsets[i + 1] = features.Count;
        }

        return new EncodedSentence(features.ToArray(), offsets, sentence.Gold);
    }

    private static byte[] Decode(EncodedSentence sentence, float[] w, float[] t)
    {
        int n = sentence.Length;
        var emissions = new float[n * L];
        for (int i = 0; i < n; i++)
        {
            for (int k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                int row = sentence.Features[k] * L;
                for (int y = 0; y < L; y++)
                {
                    emissions[(i * L) + y] += w[row + y];
                }
            }
        }

        var labels = new byte[n];
        ViterbiDecoder.Decode(emissions, n, t, labels, default, new float[n * ViterbiDecoder.ScratchPerToken]);
        return labels;
    }

    /// <summary>
    /// Each token's feature hashes; for a sentence of another corpus, followed by their corpus copies (which
    /// <paramref name="corpusCopies"/> collects).
    /// </summary>
    private static uint[][] Hashes(TrainingSentence item, HashSet<uint> corpusCopies)
    {
        var layout = new DocumentLayout(item.Sentence);
        int n = layout.Tokens.Length;
        var features = new uint[n * FeatureExtractor.MaxFeaturesPerToken];
        var counts = new int[n];
        item.Features.Extract(layout.Text, layout.Tokens, features, counts, new uint[n * FeatureExtractor.ScratchPerToken]);
        if (item.Hints is not null)
        {
            FeatureExtractor.AppendHints(features, counts, n, item.Hints);
        }

        var result = new uint[n][];
        for (int i = 0; i < n; i++)
        {
            var own = features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, counts[i]);
            if (item.Corpus == TrainingSentence.GeneralCorpus)
            {
                result[i] = own.ToArray();
                continue;
            }

            result[i] = new uint[2 * own.Length];
            own.CopyTo(result[i]);
            for (int k = 0; k < own.Length; k++)
            {
                var copy = new FeatureHash(CorpusCopyTemplate + item.Corpus);
                copy.Add(own[k]);
                result[i][own.Length + k] = copy.Value;
                corpusCopies.Add(copy.Value);
            }
        }

        return result;
    }

    private static EncodedSentence Encode(uint[][] hashes, Dictionary<uint, int> index, IReadOnlyList<byte> gold)
    {
        var offsets = new int[hashes.Length + 1];
        var features = new List<int>();
        for (int i = 0; i < hashes.Length; i++)
        {
            foreach (uint h in hashes[i])
            {
                if (index.TryGetValue(h, out int row))
                {
                    features.Add(row);
                }
            }

            offsets[i + 1] = features.Count;
        }

        return new EncodedSentence(features.ToArray(), offsets, gold.ToArray());
    }

    private sealed record EncodedSentence(int[] Features, int[] Offsets, byte[] Gold)
    {
        public int Length => Gold.Length;
    }
}
