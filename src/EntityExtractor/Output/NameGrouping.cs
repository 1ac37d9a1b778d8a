using System.Collections.ObjectModel;

namespace EntityExtractor.Output;

/// <summary>Groups the mentions of one entity type into the distinct names behind <see cref="ExtractionResult.People"/> and its siblings.</summary>
internal static class NameGrouping
{
    /// <summary>The distinct names of <paramref name="type"/> among <paramref name="entities"/>, in order of first mention.</summary>
    public static IReadOnlyList<NamedEntity> Group(IReadOnlyList<Entity> entities, EntityType type)
    {
        var groups = new List<List<Entity>>();
        var byKey = new Dictionary<string, List<Entity>>(StringComparer.OrdinalIgnoreCase);
        foreach (Entity entity in entities)
        {
            if (entity.Type != type)
            {
                continue;
            }

            string key = Key(entity.Text);
            if (!byKey.TryGetValue(key, out var group))
            {
                group = [];
                byKey.Add(key, group);
                groups.Add(group);
            }

            group.Add(entity);
        }

        if (type == EntityType.Person)
        {
            JoinSurnames(groups, byKey);
        }

        var named = new NamedEntity[groups.Count];
        for (int i = 0; i < named.Length; i++)
        {
            List<Entity> mentions = groups[i];
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            named[i] = new NamedEntity(Name(mentions), type, new ReadOnlyCollection<Entity>(mentions));
        }

        Array.Sort(named, static (a, b) => a.Mentions[0].Start.CompareTo(b.Mentions[0].Start));
        return Array.AsReadOnly(named);
    }

    /// <summary>Moves each one-word name into the one longer name that ends with it; a surname two people share stays apart.</summary>
    private static void JoinSurnames(List<List<Entity>> groups, Dictionary<string, List<Entity>> byKey)
    {
        var fullNameBySurname = new Dictionary<string, List<Entity>?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, group) in byKey)
        {
            int space = key.LastIndexOf(' ');
            if (space < 0)
            {
                continue;
            }

            string surname = key[(space + 1)..];
            // Two full names ending in the same surname: the surname alone could be either, so it joins neither.
            fullNameBySurname[surname] = fullNameBySurname.ContainsKey(surname) ? null : group;
        }

        for (int i = groups.Count - 1; i >= 0; i--)
        {
            string key = Key(groups[i][0].Text);
            if (!key.Contains(' ', StringComparison.Ordinal)
                && fullNameBySurname.TryGetValue(key, out var fullName)
                && fullName is not null)
            {
                fullName.AddRange(groups[i]);
                groups.RemoveAt(i);
            }
        }
    }

    /// <summary>The longest-worded mention, preferring one not in capitals throughout (a dateline's "BAGHDAD").</summary>
    private static string Name(List<Entity> mentions)
    {
        Entity best = mentions[0];
        foreach (Entity mention in mentions)
        {
            int words = WordCount(mention.Text) - WordCount(best.Text);
            if (words > 0 || (words == 0 && IsAllUpper(best.Text) && !IsAllUpper(mention.Text)))
            {
                best = mention;
            }
        }

        return Key(best.Text);
    }

    /// <summary>The text with each run of white space made one space.</summary>
    private static string Key(string text)
    {
        bool plain = true;
        for (int i = 0; i < text.Length && plain; i++)
        {
            plain = !char.IsWhiteSpace(text[i]) || (text[i] == ' ' && (i == 0 || text[i - 1] != ' '));
        }

        return plain ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static int WordCount(string text)
    {
        int words = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                words++;
            }
        }

        return words;
    }

    private static bool IsAllUpper(string text)
    {
        bool anyLetter = false;
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            anyLetter |= char.IsLetter(c);
        }

        return anyLetter;
    }
}
