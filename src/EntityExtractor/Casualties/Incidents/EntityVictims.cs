using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Incidents;

/// <summary>
/// What the recognizer's entities say about the victims the clause reader named: a "name" the recognizer found
/// inside a place or an organization ("… Smith, of Chester, was dead", "Hamas said …") is no person, so the figure
/// is not counted as another named victim (it stays as a re-mention, which never adds).
/// </summary>
internal static class EntityVictims
{
    /// <summary>Turns named victims whose surname token lies in a location or organization entity into re-mentions.</summary>
    public static void Apply(ReadOnlySpan<Token> tokens, IReadOnlyList<Entity>? entities, Span<RawFigure> figures)
    {
        if (entities is null || entities.Count == 0)
        {
            return;
        }

        foreach (ref RawFigure figure in figures)
        {
            if (figure.Victims.Mention != Mention.Named || figure.Victims.NameToken < 0 || figure.Victims.NameToken >= tokens.Length)
            {
                continue;
            }

            int offset = tokens[figure.Victims.NameToken].Start;
            int e = IncidentFeatures.FirstAtOrAfter(entities, offset + 1) - 1;
            if (e >= 0 && entities[e].Start <= offset && offset < entities[e].End && entities[e].Type is EntityType.Location or EntityType.Organization)
            {
                figure.Victims.Mention = Mention.Definite;
            }
        }
    }
}
