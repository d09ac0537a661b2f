namespace ModularCrm.Host.Users;

/// <summary>A user with a role in one shop, for the shop's users page.</summary>
internal sealed record ShopMember
{
    public long UserId { get; init; }

    public string Email { get; init; } = string.Empty;

    public string DisplayName { get; init; } = string.Empty;

    public string Role { get; init; } = string.Empty;
}
