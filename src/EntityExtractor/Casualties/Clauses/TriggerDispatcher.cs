namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// Routes a trigger word to the handler of its construction (<see cref="TriggerForm"/>): "four people were killed"
/// to <see cref="ParticipleHandler"/>, "the victim died" to <see cref="IntransitiveHandler"/>, "the death toll rose
/// to 30" to <see cref="TollHandler"/>, … A participle or adjective after "the number of" is a count of the group
/// first (<see cref="NumberOfHandler"/>). The rules are in the handlers; this type only routes.
/// </summary>
internal static class TriggerDispatcher
{
    /// <summary>Reads the figure of the trigger at token <paramref name="t"/>, if it states one.</summary>
    public static void Route(ref Clause clause, int t, Trigger trigger)
    {
        if (UnrealReader.IsUnreal(ref clause, t))
        {
            return;
        }

        if (trigger.Form is TriggerForm.Participle or TriggerForm.Adjective && NumberOfHandler.Read(ref clause, t, trigger.Kind))
        {
            return;
        }

        switch (trigger.Form)
        {
            case TriggerForm.Participle:
                ParticipleHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.Gerund:
                GerundHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.Intransitive:
                IntransitiveHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.Adjective:
                AdjectiveHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.DeathOf:
                DeathOfHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.PassiveOnly:
                PassiveOnlyHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.WithWounds:
                WithWoundsHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.VictimNoun:
                VictimNounHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.SentToHospital:
                SentToHospitalHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.ToHospital:
                ToHospitalHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.Implicit:
                ImplicitHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.Toll:
                TollHandler.Read(ref clause, t);
                return;
            case TriggerForm.CountNoun:
                CountNounHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.Suffered:
                SufferedHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.Condition:
                ConditionHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.Suicide:
                SuicideHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.Reflexive:
                ReflexiveHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.NotSurvived:
                NotSurvivedHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
            case TriggerForm.OwnLife:
                OwnLifeHandler.Read(ref clause, t, trigger.Kind, trigger.IsShot);
                return;
        }
    }
}
