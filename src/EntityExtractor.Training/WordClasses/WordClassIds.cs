namespace EntityExtractor.Training.WordClasses;

/// <summary>The classes of one word at three granularities (0-based cluster numbers).</summary>
/// <param name="C64">The class among 64 (coarse).</param>
/// <param name="C256">The class among 256.</param>
/// <param name="C1024">The class among 1024 (fine).</param>
internal readonly record struct WordClassIds(int C64, int C256, int C1024);
