using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using EntityExtractor.Testing;

namespace EntityExtractor.Benchmarks;

/// <summary>
/// <see cref="NewsEntityExtractor.Extract(string)"/> on news and on hostile texts (<see cref="HostileTexts"/>) at
/// 1x, 10x and 100x of <see cref="BaseSize"/> characters. The <c>ns/char</c> column shows whether the cost per
/// character stays flat as the text grows: linear time. Run it with
/// <c>--filter '*Scaling*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class ScalingBenchmarks
{
    /// <summary>Characters at scale 1.</summary>
    public const int BaseSize = 20_000;

    private const string News = "news";

    private NewsEntityExtractor _extractor = null!;
    private string _input = string.Empty;

    /// <summary>The texts measured: news, then every hostile text.</summary>
    public static IEnumerable<string> Names => HostileTexts.Names.Prepend(News);

    /// <summary>Which text.</summary>
    [ParamsSource(nameof(Names))]
    public string Text { get; set; } = News;

    /// <summary>The text's length in units of <see cref="BaseSize"/>.</summary>
    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _extractor = NewsEntityExtractor.Create();
        int size = BaseSize * Scale;
        _input = Text == News ? RepeatNews(size) : HostileTexts.Make(Text, size);
    }

    [Benchmark]
    public int Extract()
    {
        var result = _extractor.Extract(_input);
        return result.Tokens.Count + result.Entities.Count + result.Casualties.Count;
    }

    private static string RepeatNews(int size)
    {
        string news = BenchmarkText.Load().Text;
        var builder = new System.Text.StringBuilder(size + news.Length);
        while (builder.Length < size)
        {
            builder.Append(news, 0, Math.Min(news.Length, size - builder.Length));
        }

        return builder.ToString();
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new NanosecondsPerCharacter());
    }

    /// <summary>Mean time divided by the text's length.</summary>
    private sealed class NanosecondsPerCharacter : IColumn
    {
        public string Id => nameof(NanosecondsPerCharacter);

        public string ColumnName => "ns/char";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean time per input character, in nanoseconds";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
            {
                return "-";
            }

            int scale = (int)benchmarkCase.Parameters["Scale"];
            return (statistics.Mean / (BaseSize * (double)scale)).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
