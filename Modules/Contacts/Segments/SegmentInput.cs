namespace ModularCrm.Modules.Contacts.Segments;

/// <summary>A segment to save (created, or replaced when the name exists).</summary>
public sealed record SegmentInput(string? Name, SegmentFilter? Filter);
