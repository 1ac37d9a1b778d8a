using System.Diagnostics;
using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;
using EntityExtractor.Training.Tagging;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EntityExtractor.Training.Commands;

/// <summary>
/// <c>compare-maxent</c>: the measured alternative learner. Microsoft.ML's LbfgsMaximumEntropy on the same
/// first-pass features (hashed into 2^bits dimensions), per token, then our constrained Viterbi over its log
/// probabilities; prints dev P/R/F1 to compare with the perceptron's first pass.
/// </summary>
internal sealed class CompareMaxEntCommand : ITrainingCommand
{
    public string Name => "compare-maxent";

    public string Usage => "--conll-train <eng.train> --conll-dev <eng.testa> [--word-classes <tsv>] [--gazetteers <dir>] [--bits 18] [--l2 0.1] [--iterations 100] [--limit sentences]";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var train = ConllReader.ReadFile(arguments.Required("conll-train")).SelectMany(d => d.Sentences).ToArray();
        var dev = ConllReader.ReadFile(arguments.Required("conll-dev")).SelectMany(d => d.Sentences).ToArray();
        string? classesPath = arguments.Optional("word-classes");
        string? gazetteerPath = arguments.Optional("gazetteers");
        int bits = arguments.Int("bits", 18);
        float l2 = float.Parse(arguments.Optional("l2") ?? "0.1", System.Globalization.CultureInfo.InvariantCulture);
        int iterations = arguments.Int("iterations", 100);
        int limit = arguments.Int("limit", int.MaxValue);
        arguments.RejectUnknown();

        var clock = Stopwatch.StartNew();
        var resources = ResourceLoader.Load(classesPath, gazetteerPath, _ => { });
        var extractor = new FeatureExtractor(resources.Features, resources.Classes, resources.Gazetteer);
        int dimension = 1 << bits;
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(TokenRow));
        schema[nameof(TokenRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var trainRows = Rows(extractor, train.Take(limit), dimension).ToList();
        var data = ml.Data.LoadFromEnumerable(trainRows, schema);
        Console.WriteLine(FormattableString.Invariant($"[{clock.Elapsed.TotalSeconds:0}s] {trainRows.Count:N0} training tokens, {dimension:N0} hashed dimensions; training LbfgsMaximumEntropy (L2 {l2}, {iterations} iterations)"));
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = l2,
            MaximumNumberOfIterations = iterations,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        Console.WriteLine(FormattableString.Invariant($"[{clock.Elapsed.TotalSeconds:0}s] trained"));

        var devRows = Rows(extractor, dev, dimension).ToList();
        var predictions = ml.Data.CreateEnumerable<Prediction>(model.Transform(ml.Data.LoadFromEnumerable(devRows, schema)), reuseRowObject: false).ToList();
        var confusion = new int[BioLabels.Count, BioLabels.Count];
        int index = 0;
        foreach (var sentence in dev)
        {
            foreach (byte gold in sentence.Labels)
            {
                float[] p = predictions[index++].Score;
                confusion[gold, Array.IndexOf(p, p.Max())]++;
            }
        }

        Console.WriteLine("gold (rows) x argmax score slot (columns):");
        for (int g = 0; g < BioLabels.Count; g++)
        {
            Console.WriteLine(string.Join(' ', Enumerable.Range(0, BioLabels.Count).Select(y => confusion[g, y].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(6))));
        }

        var greedy = new SpanScore();
        var viterbi = new SpanScore();
        int at = 0;
        var transitions = new float[ViterbiDecoder.TransitionCount];
        foreach (var sentence in dev)
        {
            int n = sentence.Count;
            var emissions = new float[n * BioLabels.Count];
            var argmax = new byte[n];
            for (int i = 0; i < n; i++)
            {
                float[] p = predictions[at + i].Score;
                for (int y = 0; y < BioLabels.Count; y++)
                {
                    emissions[(i * BioLabels.Count) + y] = MathF.Log(Math.Max(p[y], 1e-9f));
                }

                argmax[i] = (byte)Array.IndexOf(p, p.Max());
            }

            // Greedy: repair I-X without its B-X into B-X, as a per-token classifier would be used naively.
            for (int i = 0; i < n; i++)
            {
                if (BioLabels.IsInside(argmax[i]) && !BioLabels.IsAllowed(i == 0 ? -1 : argmax[i - 1], argmax[i]))
                {
                    argmax[i]--;
                }
            }

            var labels = new byte[n];
            ViterbiDecoder.Decode(emissions, n, transitions, labels, default, new float[n * ViterbiDecoder.ScratchPerToken]);
            greedy.Add(sentence.Labels.ToArray(), argmax);
            viterbi.Add(sentence.Labels.ToArray(), labels);
            at += n;
        }

        Console.WriteLine(FormattableString.Invariant($"[{clock.Elapsed.TotalSeconds:0}s] LbfgsMaximumEntropy + constrained Viterbi, dev:"));
        Console.WriteLine(viterbi.Report());
        Console.WriteLine("LbfgsMaximumEntropy greedy (argmax per token), dev:");
        Console.WriteLine(greedy.Report());
        return 0;
    }

    private static IEnumerable<TokenRow> Rows(FeatureExtractor extractor, IEnumerable<LabeledSentence> sentences, int dimension)
    {
        foreach (var sentence in sentences)
        {
            var layout = new DocumentLayout(sentence);
            int n = layout.Tokens.Length;
            var features = new uint[n * FeatureExtractor.MaxFeaturesPerToken];
            var counts = new int[n];
            extractor.Extract(layout.Text, layout.Tokens, features, counts, new uint[n * FeatureExtractor.ScratchPerToken]);
            for (int i = 0; i < n; i++)
            {
                var indices = features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, counts[i]).ToArray()
                    .Select(h => (int)(h & (uint)(dimension - 1))).Distinct().Order().ToArray();
                var values = Enumerable.Repeat(1f, indices.Length).ToArray();
                yield return new TokenRow
                {
                    Features = new VBuffer<float>(dimension, indices.Length, values, indices),
                    Label = sentence.Labels[i], // raw key values 0-6 map to score slots 0-6 here
                };
            }
        }
    }

    private sealed class TokenRow
    {
        public VBuffer<float> Features { get; set; }

        [KeyType(BioLabels.Count)]
        public uint Label { get; set; }
    }

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }
}
