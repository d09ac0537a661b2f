namespace ModularCrm.Modules.Newsletter.Lists;

/// <summary>How newsletters are named in the e-mailing module and the contacts' consent log.</summary>
internal static class Topics
{
    /// <summary>What every newsletter's topic starts with.</summary>
    public const string Prefix = "newsletter:";

    public static string Of(string slug) => Prefix + slug;

    /// <summary>The statistics stream of one issue.</summary>
    public static string IssueStream(long issueId) => "newsletter:issue:" + issueId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string ConfirmationStream = "newsletter:confirmation";

    public const string TestStream = "newsletter:test";
}
