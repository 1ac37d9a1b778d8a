using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EntityExtractor.Benchmarks;

/// <summary>
/// A column that divides a fixed amount of work (characters or tokens of the benchmark text) by the mean time,
/// so results read as throughput without arithmetic.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private readonly Func<long> _units;
    private readonly double _scale;

    public ThroughputColumn(string columnName, string legend, Func<long> units, double scale)
    {
        ColumnName = columnName;
        Id = nameof(ThroughputColumn) + "." + columnName;
        Legend = legend;
        _units = units;
        _scale = scale;
    }

    public string Id { get; }

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || statistics.Mean <= 0)
        {
            return "-";
        }

        double perSecond = _units() / (statistics.Mean / 1e9);
        return (perSecond / _scale).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
