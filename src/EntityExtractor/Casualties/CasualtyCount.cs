namespace EntityExtractor.Casualties;

/// <summary>
/// Arithmetic on casualty counts that never overflows: every count, read or added up, stays within
/// <c>[0, </c><see cref="Max"/><c>]</c>. No report states more people than live on Earth, and a crafted text
/// ("800 million killed" three times) must not wrap a sum around to a negative or zero total.
/// </summary>
internal static class CasualtyCount
{
    /// <summary>The largest count the extractor reads or reports: one billion.</summary>
    public const int Max = 1_000_000_000;

    /// <summary><paramref name="a"/> + <paramref name="b"/>, at most <see cref="Max"/>.</summary>
    public static int Add(int a, int b) => (int)Math.Min((long)a + b, Max);

    /// <summary><paramref name="a"/> × <paramref name="b"/>, at most <see cref="Max"/>.</summary>
    public static int Multiply(int a, int b) => (int)Math.Min((long)a * b, Max);
}
