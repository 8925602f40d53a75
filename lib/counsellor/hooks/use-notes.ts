"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { counsellorApi, type NoteView } from "../api-client";
import { counsellorKeys } from "../query-keys";

export function useNotes(shareId: string, initialData?: NoteView[]) {
  return useQuery({ queryKey: counsellorKeys.notes(shareId), queryFn: () => counsellorApi.notes(shareId), initialData });
}

export function useAddNote(shareId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => counsellorApi.addNote(shareId, body),
    onSuccess: (note) => queryClient.setQueryData<NoteView[]>(counsellorKeys.notes(shareId), (notes) => [note, ...(notes ?? [])]),
  });
}

export function useUpdateNote(shareId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ noteId, body }: { noteId: string; body: string }) => counsellorApi.updateNote(shareId, noteId, body),
    onSuccess: (note) =>
      queryClient.setQueryData<NoteView[]>(counsellorKeys.notes(shareId), (notes) =>
        notes?.map((existing) => (existing.id === note.id ? note : existing)),
      ),
  });
}

export function useDeleteNote(shareId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noteId: string) => counsellorApi.deleteNote(shareId, noteId),
    onSuccess: (_, noteId) =>
      queryClient.setQueryData<NoteView[]>(counsellorKeys.notes(shareId), (notes) => notes?.filter((note) => note.id !== noteId)),
  });
}
