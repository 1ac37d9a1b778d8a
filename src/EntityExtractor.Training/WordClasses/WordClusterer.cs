using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Runtime;
using Microsoft.ML.Trainers;

namespace EntityExtractor.Training.WordClasses;

/// <summary>
/// Clusters unit-length word vectors with Microsoft.ML's k-means (Yinyang-accelerated Lloyd iterations). One thread and a fixed seed make the result reproducible: ML.NET documents that its parallel
/// k-means does not guarantee determinism.
/// </summary>
internal sealed class WordClusterer
{
    private readonly int _seed;
    private readonly int _maxIterations;
    private readonly TextWriter _log;
    private readonly KMeansTrainer.InitializationAlgorithm _initialization;
    private readonly bool _evaluate;

    /// <summary>Creates a clusterer.</summary>
    /// <param name="seed">The MLContext seed.</param>
    /// <param name="maxIterations">The cap on Lloyd iterations per clustering.</param>
    /// <param name="initialization">How the first centroids are chosen.</param>
    /// <param name="evaluate">Whether to report the mean squared distance to the centroids (one more pass).</param>
    /// <param name="log">Where progress goes.</param>
    public WordClusterer(int seed, int maxIterations, KMeansTrainer.InitializationAlgorithm initialization, bool evaluate, TextWriter log)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIterations);
        ArgumentNullException.ThrowIfNull(log);
        _seed = seed;
        _maxIterations = maxIterations;
        _log = log;
        _initialization = initialization;
        _evaluate = evaluate;
    }

    /// <summary>Assigns each of <paramref name="unitVectors"/> to one of <paramref name="clusters"/> clusters.</summary>
    /// <returns>The 0-based cluster of each vector, in input order.</returns>
    public int[] Cluster(IReadOnlyList<float[]> unitVectors, int dimensions, int clusters)
    {
        ArgumentNullException.ThrowIfNull(unitVectors);
        ArgumentOutOfRangeException.ThrowIfLessThan(clusters, 2);
        if (unitVectors.Count < clusters)
        {
            throw new ArgumentException($"{unitVectors.Count} vectors cannot fill {clusters} clusters.", nameof(unitVectors));
        }

        var context = new MLContext(seed: _seed);
        var watch = Stopwatch.StartNew();
        context.Log += (_, e) =>
        {
            // ML.NET reports each k-means phase and iteration on its log; keep the trainer's own lines.
            if (e.Kind == ChannelMessageKind.Info && e.Source.StartsWith("KMeans", StringComparison.Ordinal))
            {
                _log.WriteLine($"    [{watch.Elapsed:mm\\:ss}] k={clusters}: {e.Message}");
            }
        };

        var schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        var rows = unitVectors.Select(v => new VectorRow { Features = v });
        IDataView data = context.Data.Cache(context.Data.LoadFromEnumerable(rows, schema));

        var trainer = context.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(VectorRow.Features),
            NumberOfClusters = clusters,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = _maxIterations,
            InitializationAlgorithm = _initialization,
        });
        var model = trainer.Fit(data);
        _log.WriteLine($"    k={clusters}: trained in {watch.Elapsed.TotalSeconds:F1} s");
        IDataView scored = model.Transform(data);
        if (_evaluate)
        {
            var metrics = context.Clustering.Evaluate(scored, featureColumnName: nameof(VectorRow.Features));
            _log.WriteLine($"    k={clusters}: mean squared distance to the centroid {metrics.AverageDistance:F4} (unit vectors; lower is tighter)");
        }

        var assignments = new int[unitVectors.Count];
        int i = 0;
        foreach (var prediction in context.Data.CreateEnumerable<ClusterPrediction>(scored, reuseRowObject: true))
        {
            assignments[i++] = checked((int)prediction.PredictedLabel - 1);
        }

        if (i != unitVectors.Count)
        {
            throw new InvalidOperationException($"k-means returned {i} assignments for {unitVectors.Count} vectors.");
        }

        return assignments;
    }

    private sealed class VectorRow
    {
        public float[] Features { get; set; } = [];
    }

    private sealed class ClusterPrediction
    {
        public uint PredictedLabel { get; set; }
    }
}
