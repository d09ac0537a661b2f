namespace ModularCrm.Host.Pages.Layout;

/// <summary>One link of the main menu, already in the user's language.</summary>
internal sealed record NavLink(string Href, string Title, int Order);
