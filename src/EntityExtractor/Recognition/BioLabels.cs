using System.Runtime.CompilerServices;

namespace EntityExtractor.Recognition;

/// <summary>
/// The tagger's eight labels: <c>O</c>, then <c>B-</c>/<c>I-</c> for Person, Organization and Location (label
/// <c>2t-1</c> begins type <c>t</c>, label <c>2t</c> continues it), and one <c>MISC</c> label for every token of a
/// <see cref="EntityType.Miscellaneous"/> name (consecutive <c>MISC</c> tokens are one name). Eight labels fill the
/// eight lanes the decoder and the weight table work in.
/// </summary>
internal static class BioLabels
{
    public const int Count = 8;
    public const byte Outside = 0;

    /// <summary>The label of every token of a miscellaneous name.</summary>
    public const byte Miscellaneous = 7;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "MISC"];

    /// <summary>Whether the label continues a Person, Organization or Location name (<c>I-X</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInside(int label) => label != 0 && (label & 1) == 0;

    /// <summary>Whether the label may begin a name (<c>B-X</c> or <c>MISC</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBegin(int label) => (label & 1) == 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static EntityType TypeOf(int label) => (EntityType)((label + 1) >> 1);

    public static byte Begin(EntityType type) => (byte)(((int)type * 2) - 1);

    /// <summary>The label that continues a name of <paramref name="type"/>: <c>I-X</c>, or <c>MISC</c> itself.</summary>
    public static byte Inside(EntityType type) => type == EntityType.Miscellaneous ? Miscellaneous : (byte)((int)type * 2);

    /// <summary>Whether a token labelled <paramref name="next"/> continues the name a token labelled <paramref name="label"/> is in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Continues(int label, int next) => label != Outside && next == (label == Miscellaneous ? Miscellaneous : (label + 1) & ~1);

    /// <summary>
    /// Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 = sentence start):
    /// <c>I-X</c> only after <c>B-X</c> or <c>I-X</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAllowed(int previous, int next) =>
        !IsInside(next) || (previous >= 0 && (previous == next || previous == next - 1));

    public static string Name(int label) => Names[label];

    /// <summary>Parses a label name such as <c>B-PER</c> or <c>MISC</c>.</summary>
    public static bool TryParse(string name, out byte label)
    {
        int index = Array.IndexOf(Names, name);
        label = (byte)Math.Max(index, 0);
        return index >= 0;
    }
}
