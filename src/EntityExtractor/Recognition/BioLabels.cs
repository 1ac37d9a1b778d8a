using System.Runtime.CompilerServices;

namespace EntityExtractor.Recognition;

/// <summary>
/// The tagger's seven BIO labels: <c>O</c>, then <c>B-</c>/<c>I-</c> for each <see cref="EntityType"/>
/// (label <c>2t-1</c> begins type <c>t</c>, label <c>2t</c> continues it).
/// </summary>
internal static class BioLabels
{
    public const int Count = 7;
    public const byte Outside = 0;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInside(int label) => label != 0 && (label & 1) == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBegin(int label) => (label & 1) == 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static EntityType TypeOf(int label) => (EntityType)((label + 1) >> 1);

    public static byte Begin(EntityType type) => (byte)(((int)type * 2) - 1);

    public static byte Inside(EntityType type) => (byte)((int)type * 2);

    /// <summary>
    /// Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 = sentence start):
    /// <c>I-X</c> only after <c>B-X</c> or <c>I-X</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAllowed(int previous, int next) =>
        !IsInside(next) || (previous >= 0 && (previous == next || previous == next - 1));

    public static string Name(int label) => Names[label];

    /// <summary>Parses a BIO label name such as <c>B-PER</c>.</summary>
    public static bool TryParse(string name, out byte label)
    {
        int index = Array.IndexOf(Names, name);
        label = (byte)Math.Max(index, 0);
        return index >= 0;
    }
}
