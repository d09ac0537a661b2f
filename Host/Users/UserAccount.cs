namespace ModularCrm.Host.Users;

/// <summary>A person who signs in. The password hash never leaves the store.</summary>
internal sealed record UserAccount(long Id, string Email, string DisplayName, bool IsPlatformAdmin);
