namespace ModularCrm.Modules.Loyalty.Messages;

/// <summary>Why a card holder gets a message; each names its templates (<c>messages/{occasion}…</c>) and statistics stream.</summary>
internal static class MessageOccasions
{
    public const string Birthday = "birthday";

    /// <summary>The card reached a program's threshold: a voucher or gift was issued.</summary>
    public const string Reward = "reward";

    /// <summary>The do-once key of a card's birthday in a year.</summary>
    public static string BirthdayKey(long cardId, int year) => $"birthday:{cardId}:{year}";

    /// <summary>The do-once key of a reward's message (a reward is issued once, to one card).</summary>
    public static string RewardKey(long rewardId) => $"reward:{rewardId}";

    public static string Stream(string occasion) => $"loyalty:{occasion}";
}
