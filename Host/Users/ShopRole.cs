namespace ModularCrm.Host.Users;

/// <summary>What a user may do in one shop.</summary>
internal enum ShopRole
{
    /// <summary>Daily work: contacts, documents, messages.</summary>
    Staff,

    /// <summary>Staff rights plus modules, users, settings and templates of the shop.</summary>
    Admin,
}
